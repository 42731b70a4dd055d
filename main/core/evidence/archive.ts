// Archiving a source: its address fetched as it is now (the bytes, whatever their type) and
// rendered by the host in a context of its own (a full-page PNG screenshot and a PDF). Each copy
// is stored as evidence of the source with its SHA-256, size, media type and capture time.
import { FactdeskError } from '@common/domain/errors';
import type { Evidence, EvidenceKind } from '@common/domain/evidence';
import type { CoreContext } from '../context';
import { insertEvidence } from '../store/repositories/evidence';
import { getSource } from '../store/repositories/sources';
import { fetchPage } from '../web/fetch-page';
import { sha256Of, storeBytes } from './bytes';
import { logEvidence } from './files';

export const ARCHIVE_TIMEOUT_MS = 60_000;

export async function archiveSource(ctx: CoreContext, sourceId: number, timeoutMs = ARCHIVE_TIMEOUT_MS): Promise<Evidence[]> {
  const source = await ctx.connection.read((tx) => getSource(tx, sourceId));
  if (!source) throw new FactdeskError('not_found', `There is no source ${sourceId}.`, { entity: 'source', id: sourceId });
  const capture = ctx.host.capturePage;
  if (!capture) throw new FactdeskError('internal', 'This copy of Factdesk cannot render web pages, so it cannot archive sources.');
  // Everything is fetched and rendered before the write: a failure leaves the file as it was.
  const page = await fetchPage(source.url, { acceptAny: true, nothingWas: 'archived', limits: { timeoutMs, maxBytes: 200 * 1024 * 1024 }, now: ctx.now });
  const rendered = await capture(source.url, { timeoutMs });
  const capturedAt = ctx.now().toISOString();
  const copies: Array<{ kind: EvidenceKind; bytes: Uint8Array; mediaType: string; fileName: string }> = [
    { kind: 'page', bytes: page.bytes, mediaType: page.mediaType || 'application/octet-stream', fileName: 'page' },
    { kind: 'screenshot', bytes: rendered.screenshot, mediaType: 'image/png', fileName: 'screenshot.png' },
    { kind: 'pdf', bytes: rendered.pdf, mediaType: 'application/pdf', fileName: 'page.pdf' },
  ];
  return ctx.write(async (tx, at) => {
    const stored: Evidence[] = [];
    for (const copy of copies) {
      const sha256 = sha256Of(copy.bytes);
      await storeBytes(tx, copy.bytes, sha256, at);
      stored.push(
        await insertEvidence(tx, {
          sourceId,
          kind: copy.kind,
          fileName: copy.fileName,
          url: copy.kind === 'page' ? page.finalUrl : source.url,
          mediaType: copy.mediaType,
          sha256,
          size: copy.bytes.length,
          capturedAt: copy.kind === 'page' ? page.fetchedAt : capturedAt,
          addedBy: ctx.reviewer,
        }),
      );
    }
    for (const e of stored) {
      // The page's entry says how it was fetched; the renderings came from the same address.
      await logEvidence(ctx, tx, at, source.claimId, e, { action: 'create', details: e.kind === 'page' ? { httpStatus: page.status, redirects: page.redirects } : {} });
    }
    return stored;
  });
}
