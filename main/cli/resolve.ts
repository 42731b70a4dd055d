// Turning what a person types (a verdict label, a status name) into the stored keys.
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus, type VerdictScale } from '@common/domain/types';
import { cliLanguage, msg, statusLabel } from './messages';
import { FactdeskError } from '@common/domain/errors';
import { findVerdict } from '@common/domain/verdicts';

const fold = (s: string): string => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export function resolveVerdict(scale: VerdictScale, input: string): string {
  // A German label names its verdict too ("Größtenteils richtig").
  const found = findVerdict(scale, input) ?? scale.verdicts.find((v) => v.labelDe !== null && fold(v.labelDe) === fold(input));
  if (!found) {
    const known = scale.verdicts.map((v) => (cliLanguage() === 'de' && v.labelDe ? v.labelDe : v.label)).join(', ');
    throw new FactdeskError('invalid_input', msg('claim.unknownVerdict', { value: input, known }));
  }
  return found.key;
}

export function resolveStatus(input: string): ClaimStatus {
  const want = fold(input);
  // The key, the English label or the label in the person's language ("Freigegeben").
  const found = CLAIM_STATUSES.find((s) => fold(s) === want || fold(CLAIM_STATUS_LABELS[s]) === want || fold(statusLabel(s)) === want);
  if (!found) {
    const known = CLAIM_STATUSES.map(statusLabel).join(', ');
    throw new FactdeskError('invalid_input', msg('claim.unknownStatus', { value: input, known }));
  }
  return found;
}
