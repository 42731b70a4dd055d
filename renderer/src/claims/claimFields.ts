// The editable fields of a claim as the side panel holds them (form strings), and the
// conversions to and from the core's Claim and ClaimPatch. Pure, so conflicts and undo are simple.
import type { ClaimPatch } from '@common/contract';
import type { Claim, ClaimStatus } from '@common/domain/types';
import { CLAIM_STATUSES } from '@common/domain/types';
import type { Wording } from './wording';

export interface ClaimFields {
  claimReviewed: string;
  claimant: string;
  claimDate: string;
  verdict: string;
  rationale: string;
  status: ClaimStatus;
  /** Reviewer the claim is assigned to; '' for nobody. */
  assignee: string;
}

export type ClaimFieldName = keyof ClaimFields;

export const CLAIM_FIELD_NAMES: readonly ClaimFieldName[] = [
  'claimReviewed',
  'claimant',
  'claimDate',
  'verdict',
  'rationale',
  'status',
  'assignee',
];

/** A field's label as the panel shows it (the `field.*` keys of the panels catalogue). */
export function claimFieldLabel({ t }: Wording, name: ClaimFieldName): string {
  return t(`panels:field.${name}`);
}

/** The order the status choices are offered in: the workflow's order. */
export const CLAIM_STATUS_ORDER: readonly ClaimStatus[] = CLAIM_STATUSES;

export function fieldsOf(claim: Claim): ClaimFields {
  return {
    claimReviewed: claim.claimReviewed,
    claimant: claim.claimant ?? '',
    claimDate: (claim.claimDate ?? '').slice(0, 10),
    verdict: claim.verdict ?? '',
    rationale: claim.rationale ?? '',
    status: claim.status,
    assignee: claim.assignee ?? '',
  };
}

/** Fields whose values differ between two versions. */
export function changedFields(a: ClaimFields, b: ClaimFields): ClaimFieldName[] {
  return CLAIM_FIELD_NAMES.filter((name) => a[name] !== b[name]);
}

export function pick(fields: ClaimFields, names: readonly ClaimFieldName[]): Partial<ClaimFields> {
  const out: Partial<ClaimFields> = {};
  for (const name of names) Object.assign(out, { [name]: fields[name] });
  return out;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The patch the core expects: empty optional fields become null. */
export function toPatch(fields: Partial<ClaimFields>): ClaimPatch {
  const patch: ClaimPatch = {};
  if (fields.claimReviewed !== undefined) patch.claimReviewed = fields.claimReviewed;
  if (fields.claimant !== undefined) patch.claimant = orNull(fields.claimant);
  if (fields.claimDate !== undefined) patch.claimDate = orNull(fields.claimDate);
  if (fields.verdict !== undefined) patch.verdict = orNull(fields.verdict);
  if (fields.rationale !== undefined) patch.rationale = orNull(fields.rationale);
  if (fields.status !== undefined) patch.status = fields.status;
  if (fields.assignee !== undefined) patch.assignee = orNull(fields.assignee);
  return patch;
}
