// Turning what a person types (a verdict label, a status name) into the stored keys.
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus, type VerdictScale } from '@common/domain/types';
import { FactdeskError } from '@common/domain/errors';
import { findVerdict } from '@common/domain/verdicts';

const fold = (s: string): string => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export function resolveVerdict(scale: VerdictScale, input: string): string {
  const found = findVerdict(scale, input);
  if (!found) {
    const known = scale.verdicts.map((v) => v.label).join(', ');
    throw new FactdeskError('invalid_input', `Unknown verdict "${input}". Known verdicts: ${known}.`);
  }
  return found.key;
}

export function resolveStatus(input: string): ClaimStatus {
  const want = fold(input);
  const found = CLAIM_STATUSES.find((s) => fold(s) === want || fold(CLAIM_STATUS_LABELS[s]) === want);
  if (!found) {
    const known = CLAIM_STATUSES.map((s) => CLAIM_STATUS_LABELS[s]).join(', ');
    throw new FactdeskError('invalid_input', `Unknown status "${input}". Known statuses: ${known}.`);
  }
  return found;
}
