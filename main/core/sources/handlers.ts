// The contract's source methods: a claim's evidence, added, edited and removed. Each change is
// also a change to what the claim's report says, so it may withdraw the claim's approval in the
// same transaction (claims/save.ts reportChanged). Opening a source's address is the host's job.
import type { SourceFields } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import type { Source } from '@common/domain/types';
import { changedFields, isEmpty } from '../changelog/diff';
import { reportChanged } from '../claims/save';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { deleteOrConflict, loadAtRevision, logUnderClaim, reread, SOURCES, updateOrConflict, withoutId } from '../edit';
import { getClaim } from '../store/repositories/claims';
import { insertSource, SOURCE_FIELD_COLUMNS } from '../store/repositories/sources';
import type { SqlValue } from '../store/sqlite';

type SourceMethods = 'addSource' | 'updateSource' | 'deleteSource' | 'openExternal';

export function sourceHandlers(ctx: CoreContext): HandlersOf<SourceMethods> {
  return {
    async addSource({ claimId, fields, correction }) {
      return ctx.write(async (tx, at) => {
        const claim = await getClaim(tx, claimId);
        if (!claim) throw new FactdeskError('not_found', `There is no claim ${claimId}.`, { entity: 'claim', id: claimId });
        const id = await insertSource(tx, {
          claimId,
          url: fields.url,
          title: fields.title ?? null,
          publisher: fields.publisher ?? null,
          date: fields.date ?? null,
          excerpt: fields.excerpt ?? null,
          stance: fields.stance ?? 'context',
          archiveUrl: fields.archiveUrl ?? null,
          at,
        });
        const source = await reread(tx, SOURCES, id, 'created');
        const after = withoutId(source);
        await ctx.change(tx, at, { entity: 'source', entityId: id, articleId: claim.articleId, claimId, action: 'create', before: null, after });
        await reportChanged(ctx, tx, at, claim, correction);
        return source;
      });
    },

    async updateSource({ id, expectedRevision, fields, correction }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, SOURCES, id, expectedRevision);
        const changes = changedFields<Source>(current, fields as Partial<SourceFields> as Partial<Source>);
        if (isEmpty(changes)) return current;
        const columns: Record<string, SqlValue> = { updated_at: at };
        for (const [field, value] of Object.entries(changes.after)) {
          columns[SOURCE_FIELD_COLUMNS[field as keyof typeof SOURCE_FIELD_COLUMNS]] = value as SqlValue;
        }
        await updateOrConflict(tx, SOURCES, id, expectedRevision, columns);
        const claim = await logUnderClaim(ctx, tx, at, { entity: 'source', entityId: id, claimId: current.claimId, action: 'update', ...changes });
        if (claim) await reportChanged(ctx, tx, at, claim, correction);
        return reread(tx, SOURCES, id, 'saved');
      });
    },

    async deleteSource({ id, expectedRevision, correction }) {
      return ctx.write(async (tx, at) => {
        const current = await loadAtRevision(ctx, tx, SOURCES, id, expectedRevision);
        await deleteOrConflict(tx, SOURCES, id, expectedRevision);
        const claim = await logUnderClaim(ctx, tx, at, {
          entity: 'source',
          entityId: id,
          claimId: current.claimId,
          action: 'delete',
          before: withoutId(current),
          after: null,
        });
        if (claim) await reportChanged(ctx, tx, at, claim, correction);
        return { deleted: true as const };
      });
    },

    async openExternal({ url }) {
      if (!ctx.host.openExternal) return { opened: false };
      return { opened: await ctx.host.openExternal(url) };
    },
  };
}
