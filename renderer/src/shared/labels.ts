// A verdict's and a status's name in the interface language: the scale's own German label
// (labelDe, set by the desk) in German, the common catalogue's status names. Used wherever the
// window names them outside the panels (highlights, legend, export filters, announcements).
import { verdictLabel, type ClaimStatus, type Verdict } from '@common/domain/types';
import { i18n, interfaceLanguage } from './i18n';

export function verdictName(verdict: Pick<Verdict, 'label' | 'labelDe'> | undefined): string {
  return verdict === undefined ? i18n.t('workbench:verdict.none') : verdictLabel(verdict, interfaceLanguage());
}

export function statusName(status: ClaimStatus): string {
  return i18n.t(`common:status.${status}`);
}
