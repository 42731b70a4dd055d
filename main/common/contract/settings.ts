// Settings: the person's own (reviewer name) and the desk's (organisation).
import { z } from 'zod';
import { httpUrl, returns } from './shared';

export interface Settings {
  reviewerName: string | null;
  organisationName: string | null;
  organisationUrl: string | null;
}

export const settingsContract = {
  getSettings: { input: z.object({}).strict(), output: returns<Settings>() },
  updateSettings: {
    input: z
      .object({
        reviewerName: z.string().min(1).max(200).optional(),
        organisationName: z.string().max(200).nullable().optional(),
        organisationUrl: httpUrl.nullable().optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },
} as const;
