// The contract's evidence methods: articles from the web, a source's evidence (listed, removed
// with a reason), and the versions of an article's text with the words changed between them.
import { diffWords } from 'diff';
import { problemError, refusal } from '@common/contract/refusals';
import { FactdeskError } from '@common/domain/errors';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../dispatch';
import { deleteBlobIfUnused } from '../store/repositories/blobs';
import { listEvidenceOfSource, markEvidenceRemoved } from '../store/repositories/evidence';
import { getVersionText, listArticleVersions } from '../store/repositories/article-versions';
import type { SqlExecutor } from '../store/sqlite';
import { getArticle } from '../store/repositories/articles';
import type { Article } from '@common/domain/types';
import { importUrls } from '../web/import-url';
import { archiveSource } from './archive';
import { reattachClaim } from './reattach';
import { readBlob } from './bytes';
import { MAX_EVIDENCE_CALL_BYTES, MAX_EVIDENCE_READ_BYTES, type EvidenceOutcome } from '@common/contract';
import { addEvidenceBytes, evidenceOrThrow, logEvidence, sourceOrThrow } from './files';
import { openEvidence } from './open';

type EvidenceMethods = 'importUrls' | 'archiveSource' | 'addEvidence' | 'readEvidence' | 'openEvidence' | 'listEvidence' | 'removeEvidence' | 'listArticleVersions' | 'getArticleVersion' | 'diffArticleVersions' | 'reattachClaim';

export function evidenceHandlers(ctx: CoreContext): HandlersOf<EvidenceMethods> {
  return {
    async importUrls({ urls, timeoutSeconds }) {
      return importUrls(ctx.importContext, urls, { limits: timeoutSeconds === undefined ? {} : { timeoutMs: timeoutSeconds * 1000 } });
    },

    async reattachClaim(request) {
      return reattachClaim(ctx, request);
    },

    async archiveSource({ sourceId, timeoutSeconds }) {
      return archiveSource(ctx, sourceId, timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000);
    },

    async addEvidence({ sourceId, files }) {
      const outcomes: EvidenceOutcome[] = [];
      for (const file of files) {
        try {
          // Base64 is 4 characters per 3 bytes: refuse huge files before decoding them.
          if (Math.floor((file.data.length * 3) / 4) > MAX_EVIDENCE_CALL_BYTES + 3) {
            throw new FactdeskError('bad_import', `${file.name} is larger than ${MAX_EVIDENCE_CALL_BYTES / 1024 / 1024} MB; add it with factdesk evidence add. Nothing was added.`);
          }
          outcomes.push(await addEvidenceBytes(ctx, sourceId, file.name, new Uint8Array(Buffer.from(file.data, 'base64'))));
        } catch (e) {
          outcomes.push({ fileName: file.name, ok: false, error: e instanceof Error ? e.message : String(e) });
        }
      }
      return outcomes;
    },

    async readEvidence({ id }) {
      return ctx.connection.read(async (tx) => {
        const evidence = await evidenceOrThrow(tx, id);
        if (evidence.removedAt !== null) throw refusal('not_found', { key: 'evidenceRemoved', values: { id: String(id), reason: evidence.removalReason ?? '' } });
        if (evidence.size > MAX_EVIDENCE_READ_BYTES) {
          throw problemError({ key: 'evidenceTooLargeToRead', values: { id: String(id), most: String(MAX_EVIDENCE_READ_BYTES / 1024 / 1024) } });
        }
        return { evidence, data: (await readBlob(tx, evidence.sha256)).toString('base64') };
      });
    },

    async openEvidence({ id }) {
      return openEvidence(ctx, id);
    },

    async listEvidence({ sourceId }) {
      return ctx.connection.read(async (tx) => {
        await sourceOrThrow(tx, sourceId);
        return listEvidenceOfSource(tx, sourceId);
      });
    },

    async removeEvidence({ id, reason }) {
      return ctx.write(async (tx, at) => {
        const evidence = await evidenceOrThrow(tx, id);
        if (evidence.removedAt !== null) {
          throw new FactdeskError('conflict', `Evidence ${id} was already removed by ${evidence.removedBy ?? 'someone'} (${evidence.removalReason ?? ''}).`);
        }
        const source = await sourceOrThrow(tx, evidence.sourceId);
        await markEvidenceRemoved(tx, id, at, ctx.reviewer, reason.trim());
        // The bytes go when nothing else needs them; the row keeps the hash, who removed it and why.
        await deleteBlobIfUnused(tx, evidence.sha256);
        await logEvidence(ctx, tx, at, source.claimId, evidence, { action: 'delete', reason: reason.trim() });
        return evidenceOrThrow(tx, id);
      });
    },

    async listArticleVersions({ articleId }) {
      return ctx.connection.read(async (tx) => {
        await articleOrThrow(tx, articleId);
        return listArticleVersions(tx, articleId);
      });
    },

    async getArticleVersion({ articleId, version }) {
      return ctx.connection.read(async (tx) => {
        const versions = await listArticleVersions(tx, articleId);
        if (versions.length === 0 && version === 1) {
          // An article that never changed has one version: its text as imported.
          const article = await articleOrThrow(tx, articleId);
          return { articleId, version: 1, title: article.title, contentHash: article.contentHash, createdAt: article.importedAt, createdBy: '', capture: null, text: article.text };
        }
        const found = versions.find((v) => v.version === version);
        const text = found && (await getVersionText(tx, articleId, version));
        if (!found || !text) throw noVersion(articleId, version, versions.length);
        return { ...found, text: text.text };
      });
    },

    async diffArticleVersions({ articleId, from, to }) {
      return ctx.connection.read(async (tx) => {
        const versions = await listArticleVersions(tx, articleId);
        if (versions.length === 0) await articleOrThrow(tx, articleId);
        const last = versions.length === 0 ? 1 : versions[versions.length - 1]!.version;
        const toVersion = to ?? last;
        const fromVersion = from ?? Math.max(1, toVersion - 1);
        const before = await textOf(tx, articleId, fromVersion, versions.length);
        const after = await textOf(tx, articleId, toVersion, versions.length);
        const parts = diffWords(before, after).map((c) => ({ kind: c.added ? ('added' as const) : c.removed ? ('removed' as const) : ('same' as const), text: c.value }));
        return { articleId, from: fromVersion, to: toVersion, parts };
      });
    },
  };
}

async function articleOrThrow(tx: SqlExecutor, articleId: number): Promise<Article> {
  const article = await getArticle(tx, articleId);
  if (!article) throw new FactdeskError('not_found', `There is no article ${articleId}.`, { entity: 'article', id: articleId });
  return article;
}

/** A version's text; an article that never changed has one version, its current text. */
async function textOf(tx: SqlExecutor, articleId: number, version: number, count: number): Promise<string> {
  if (count === 0 && version === 1) return (await articleOrThrow(tx, articleId)).text;
  const found = await getVersionText(tx, articleId, version);
  if (!found) throw noVersion(articleId, version, Math.max(count, 1));
  return found.text;
}

function noVersion(articleId: number, version: number, count: number): FactdeskError {
  return new FactdeskError('not_found', `Article ${articleId} has no version ${version} (it has ${count === 1 ? '1 version' : `${count} versions`}).`);
}
