// Settings: the person's own (reviewer name) and the desk's (organisation).
import { z } from 'zod';
import { REPORT_LANGUAGES, type ReportLanguage } from '../domain/types';
import { LANGUAGES, type Language } from '../i18n/languages';
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

/** The person's own choices for this computer, kept with their reviewer name (never in the shared file). */
export interface Preferences {
  /** The workbench's language; null follows the system (the OS in the app, the browser on the bridge). */
  interfaceLanguage: Language | null;
}

export const settingsContract = {
  getPreferences: { input: z.object({}).strict(), output: returns<Preferences>() },
  setPreferences: {
    input: z.object({ interfaceLanguage: z.enum(LANGUAGES).nullable() }).strict(),
    output: returns<Preferences>(),
  },
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
