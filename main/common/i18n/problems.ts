// A Problem (main/common/domain/problem.ts) as a sentence in one language: the core's English
// error message, the CLI's and the workbench's German.
import type { TFunction } from 'i18next';
import type { Problem } from '@common/domain/problem';
import { translator, type Language } from './index';

const translators = new Map<Language, TFunction>();

export function problemText(language: Language, problem: Problem): string {
  let t = translators.get(language);
  if (t === undefined) {
    t = translator(language, 'common');
    translators.set(language, t);
  }
  const values = language === 'de' ? { ...problem.values, ...problem.valuesDe } : problem.values;
  return t(`problem.${problem.key}`, values);
}
