// A Problem (main/common/domain/problem.ts) as a sentence in one language: the core's English
// error message, the CLI's and the workbench's German. Also a refused argument's zod issues, which
// the core keeps in details.issues: by the contract's problem key, or in zod's own German.
import type { z } from 'zod';
import { de as zodGerman } from 'zod/locales';
import { problemOf, type Problem } from '@common/domain/problem';
import { cachedTranslator, type Language } from './index';

const common = (language: Language) => cachedTranslator(language, 'common');

export function problemText(language: Language, problem: Problem): string {
  const values = language === 'de' ? { ...problem.values, ...problem.valuesDe } : problem.values;
  return common(language)(`problem.${problem.key}`, values);
}

/** One issue of an argument the contract refused, as the core keeps it in details.issues. */
interface InputIssue {
  path: string;
  message: string;
  code?: string;
  problem?: Problem;
}

const zodInGerman = zodGerman().localeError;

/** Zod's own German for its built-in checks; a custom check's English when no key names it. */
function germanZodIssue(issue: InputIssue): string {
  if (issue.code === 'custom') return issue.message;
  const said = zodInGerman(issue as unknown as z.core.$ZodRawIssue);
  if (typeof said === 'string') return said;
  return typeof said?.message === 'string' ? said.message : issue.message;
}

/**
 * A refusal of any code in `language` where the core said it by key (a rule's Problem, a refused
 * argument's issues), else null: the core's English message is then all there is.
 */
export function refusalText(language: Language, code: string, details: Record<string, unknown> | undefined): string | null {
  if (code === 'invalid_input') return invalidInputText(language, details);
  const problem = problemOf(details);
  return problem === null ? null : problemText(language, problem);
}

/**
 * An invalid_input refusal in `language` from its details (a Problem, or zod issues), or null when
 * the details say neither (the core's English message is then all there is).
 */
export function invalidInputText(language: Language, details: Record<string, unknown> | undefined): string | null {
  const problem = problemOf(details);
  if (problem !== null) return problemText(language, problem);
  if (language === 'en' || !Array.isArray(details?.issues)) return null;
  const t = common(language);
  const issues = (details.issues as InputIssue[]).map((issue) => {
    const said = issue.problem !== undefined ? problemText(language, issue.problem) : germanZodIssue(issue);
    return t('problem.inputIssue', { path: issue.path === '' ? t('problem.argument') : issue.path, problem: said });
  });
  return t('problem.invalidInput', { issues: issues.join('; ') });
}
