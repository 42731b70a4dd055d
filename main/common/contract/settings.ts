// Settings: the person's own (reviewer name) and the desk's (organisation).
import { z } from 'zod';
import { REPORT_LANGUAGES, type ReportLanguage } from '../domain/types';
import { httpUrl, returns } from './shared';

export interface Settings {
  reviewerName: string | null;
  organisationName: string | null;
  organisationUrl: string | null;
  /** An http(s) address of the organisation's logo (ClaimReview author.logo, the public report). */
  organisationLogoUrl: string | null;
  /** Where published fact-checks live, with {id} and/or {slug}: https://desk.example/checks/{id} */
  publicationUrlPattern: string | null;
  /** The language of reports and their verdict labels. */
  reportLanguage: ReportLanguage;
}

export const settingsContract = {
  getSettings: { input: z.object({}).strict(), output: returns<Settings>() },
  updateSettings: {
    input: z
      .object({
        reviewerName: z.string().min(1).max(200).optional(),
        organisationName: z.string().max(200).nullable().optional(),
        organisationUrl: httpUrl.nullable().optional(),
        organisationLogoUrl: httpUrl.nullable().optional(),
        publicationUrlPattern: z.string().max(2_000).nullable().optional(),
        reportLanguage: z.enum(REPORT_LANGUAGES).optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },
} as const;
