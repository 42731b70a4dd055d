// A verdict's and a status's name in the interface language: the scale's own German label
// (labelDe, set by the desk) in German, the common catalogue's status names. Used wherever the
// window names them outside the panels (highlights, legend, export filters, announcements).
import { verdictLabel, type ClaimStatus, type Verdict } from '@common/domain/types';
import { i18n, interfaceLanguage } from './i18n';

/**
 * Fixed phrases by language and key: an article with 300 claims names the same few statuses (and
 * "no verdict") hundreds of times in each render of its highlights and their descriptions.
 */
const phrases = new Map<string, string>();

function phrase(key: string): string {
  const id = `${i18n.language}\u0000${key}`;
  let found = phrases.get(id);
  if (found === undefined) {
    found = i18n.t(key);
    phrases.set(id, found);
  }
  return found;
}

export function verdictName(verdict: Pick<Verdict, 'label' | 'labelDe'> | undefined): string {
  return verdict === undefined ? phrase('workbench:verdict.none') : verdictLabel(verdict, interfaceLanguage());
}

export function statusName(status: ClaimStatus): string {
  return phrase(`common:status.${status}`);
}
