// The contract's settings methods, and what the open database says about itself. Two kinds of
// settings: the person's own (their reviewer name, in the app's settings folder) and the desk's
// (the organisation, in the shared file, logged like any other change).
import type { Settings } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { countArticles } from '../store/repositories/articles';
import { getSetting, setSetting } from '../store/repositories/settings';
import { readAppSettings, writeAppSettings } from './app-settings';

export function reviewerNameOrThrow(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new FactdeskError('invalid_input', 'A reviewer name (1 to 200 characters) is needed to open the database.');
  }
  return trimmed;
}

type SettingsMethods = 'getDatabaseInfo' | 'getSettings' | 'updateSettings';

export function settingsHandlers(ctx: CoreContext): HandlersOf<SettingsMethods> {
  async function settings(): Promise<Settings> {
    const app = await readAppSettings(ctx.settingsDir);
    const [organisationName, organisationUrl] = await ctx.connection.read(async (tx) => [
      await getSetting(tx, 'organisation_name'),
      await getSetting(tx, 'organisation_url'),
    ]);
    return { reviewerName: app.reviewerName, organisationName: organisationName ?? null, organisationUrl: organisationUrl ?? null };
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

    async updateSettings(patch) {
      if (patch.reviewerName !== undefined) {
        const name = reviewerNameOrThrow(patch.reviewerName);
        await writeAppSettings(ctx.settingsDir, { ...(await readAppSettings(ctx.settingsDir)), reviewerName: name });
        ctx.reviewer = name;
      }
      const shared: Array<['organisation_name' | 'organisation_url', string | null]> = [];
      if (patch.organisationName !== undefined) shared.push(['organisation_name', emptyToNull(patch.organisationName)]);
      if (patch.organisationUrl !== undefined) shared.push(['organisation_url', emptyToNull(patch.organisationUrl)]);
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

function emptyToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
