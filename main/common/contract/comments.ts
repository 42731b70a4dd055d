// Comments: a claim's discussion thread.
import { z } from 'zod';
import type { Comment } from '../domain/types';
import { id, longText, returns, revision } from './shared';

export const commentsContract = {
  listComments: { input: z.object({ claimId: id }).strict(), output: returns<Comment[]>() },
  addComment: {
    input: z.object({ claimId: id, parentId: id.nullable().optional(), body: longText.min(1) }).strict(),
    output: returns<Comment>(),
  },
  resolveComment: {
    input: z.object({ id, expectedRevision: revision, resolved: z.boolean() }).strict(),
    output: returns<Comment>(),
  },
} as const;
