// The parts of an article a claim can quote, in reading order. Mirrors CLAIM_PART_ORDER in the
// core (the renderer imports only types from it); the type keeps the two in step.
import type { ClaimPart } from '@common/domain/types';

export const CLAIM_PARTS_SHOWN: readonly ClaimPart[] = ['headline', 'teaser', 'body'];
