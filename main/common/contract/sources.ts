// Sources: a claim's evidence, and opening a source's address in the person's browser.
import { z } from 'zod';
import type { Source } from '../domain/types';
import { correctionNote } from './publishing';
import { httpUrl, id, isoDate, longText, returns, revision, shortText, stance } from './shared';

const sourceFields = z
  .object({
    url: httpUrl,
    title: shortText.nullable().optional(),
    publisher: shortText.nullable().optional(),
    date: isoDate.nullable().optional(),
    excerpt: longText.nullable().optional(),
    stance: stance.optional(),
    archiveUrl: httpUrl.nullable().optional(),
  })
  .strict();
export type SourceFields = z.infer<typeof sourceFields>;

export const sourcesContract = {
  addSource: {
    input: z.object({ claimId: id, fields: sourceFields, correction: correctionNote.optional() }).strict(),
    output: returns<Source>(),
  },
  updateSource: {
    input: z.object({ id, expectedRevision: revision, fields: sourceFields.partial(), correction: correctionNote.optional() }).strict(),
    output: returns<Source>(),
  },
  deleteSource: {
    input: z.object({ id, expectedRevision: revision, correction: correctionNote.optional() }).strict(),
    output: returns<{ deleted: true }>(),
  },
  openExternal: {
    input: z.object({ url: httpUrl }).strict(),
    output: returns<{ opened: boolean }>(),
  },
} as const;
