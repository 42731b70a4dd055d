// The contract's settings methods, and what the open database says about itself. Two kinds of
// settings: the person's own (their reviewer name, in the app's settings folder) and the desk's
// (the organisation, in the shared file, logged like any other change).
import type { Settings } from '@common/contract';
import { problemError } from '@common/contract/refusals';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { countArticles } from '../store/repositories/articles';
import { getSetting, setSetting, type SharedSettingKey } from '../store/repositories/settings';
import { urlPatternProblem } from '@common/domain/publication';
import { REPORT_LANGUAGES, type ReportLanguage } from '@common/domain/types';
import type { SqlExecutor } from '../store/sqlite';
import { readAppSettings, writeAppSettings } from './app-settings';

export function reviewerNameOrThrow(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw problemError({ key: 'reviewerName', values: {} });
  }
  return trimmed;
}

type SettingsMethods = 'getDatabaseInfo' | 'getSettings' | 'updateSettings' | 'getPreferences' | 'setPreferences';

export function settingsHandlers(ctx: CoreContext): HandlersOf<SettingsMethods> {
  async function settings(): Promise<Settings> {
    const app = await readAppSettings(ctx.settingsDir);
    const desk = await ctx.connection.read((tx) => deskSettings(tx));
    return { reviewerName: app.reviewerName, ...desk };
  }

  return {
    async getDatabaseInfo() {
      const { db } = ctx;
      const articleCount = await ctx.connection.read((tx) => countArticles(tx));
      return {
        path: db.path,
        articleCount,
        journalMode: db.journalMode,
        schemaVersion: db.schemaVersion,
        location: { kind: db.location.kind, warning: db.location.warning },
        created: db.created,
        readOnly: db.readOnly !== null,
        readOnlyReason: db.readOnly?.reason ?? null,
        notice: db.notice,
      };
    },

    async getSettings() {
      return settings();
    },

    async getPreferences() {
      return { interfaceLanguage: (await readAppSettings(ctx.settingsDir)).interfaceLanguage };
    },

    async setPreferences({ interfaceLanguage }) {
      await writeAppSettings(ctx.settingsDir, { ...(await readAppSettings(ctx.settingsDir)), interfaceLanguage });
      return { interfaceLanguage };
    },

    async updateSettings(patch) {
      // Checked before anything is written, so a refused pattern leaves the name unsaved too.
      const pattern = patch.publicationUrlPattern?.trim();
      const patternProblem = pattern ? urlPatternProblem(pattern) : null;
      if (patternProblem !== null) throw problemError(patternProblem);
      if (patch.reviewerName !== undefined) {
        const name = reviewerNameOrThrow(patch.reviewerName);
        await writeAppSettings(ctx.settingsDir, { ...(await readAppSettings(ctx.settingsDir)), reviewerName: name });
        ctx.reviewer = name;
      }
      const shared: Array<[SharedSettingKey, string | null]> = [];
      if (patch.organisationName !== undefined) shared.push(['organisation_name', emptyToNull(patch.organisationName)]);
      if (patch.organisationUrl !== undefined) shared.push(['organisation_url', emptyToNull(patch.organisationUrl)]);
      if (patch.organisationLogoUrl !== undefined) shared.push(['organisation_logo_url', emptyToNull(patch.organisationLogoUrl)]);
      if (patch.publicationUrlPattern !== undefined) {
        shared.push(['publication_url_pattern', emptyToNull(patch.publicationUrlPattern)?.trim() ?? null]);
      }
      if (patch.reportLanguage !== undefined) shared.push(['report_language', patch.reportLanguage]);
      if (shared.length > 0) {
        await ctx.write(async (tx, at) => {
          for (const [key, value] of shared) {
            const { id, before } = await setSetting(tx, key, value);
            if (before === value) continue;
            await ctx.change(tx, at, {
              entity: 'setting',
              entityId: id,
              articleId: null,
              claimId: null,
              action: 'update',
              before: { [key]: before },
              after: { [key]: value },
            });
          }
        });
      }
      return settings();
    },
  };
}

/** The desk's settings, as the shared file holds them. */
export async function deskSettings(tx: SqlExecutor): Promise<Omit<Settings, 'reviewerName'>> {
  const language = await getSetting(tx, 'report_language');
  return {
    organisationName: await getSetting(tx, 'organisation_name'),
    organisationUrl: await getSetting(tx, 'organisation_url'),
    organisationLogoUrl: await getSetting(tx, 'organisation_logo_url'),
    publicationUrlPattern: await getSetting(tx, 'publication_url_pattern'),
    reportLanguage: REPORT_LANGUAGES.find((l) => l === language) ?? ('en' satisfies ReportLanguage),
  };
}

function emptyToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
