// Opening a preserved copy offline where the host can (the app: the system's viewer). The bytes
// are streamed from the database into a file of their own, named by the media type, never by the
// name a colleague gave the file: "report.pdf.sh" must not reach the viewer as a program.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWABLE_MEDIA_TYPES } from '@common/domain/evidence';
import type { CoreContext } from '../context';
import { evidenceOrThrow, keptOrThrow, saveEvidenceTo } from './files';

export async function openEvidence(ctx: CoreContext, id: number): Promise<{ opened: boolean }> {
  const evidence = keptOrThrow(await ctx.connection.read((tx) => evidenceOrThrow(tx, id)));
  const open = ctx.host.openPath;
  const extension = VIEWABLE_MEDIA_TYPES[evidence.mediaType];
  if (!open || extension === undefined) return { opened: false };
  // A folder of its own per opening: the viewer may still read the file after this returns.
  const path = join(await mkdtemp(join(tmpdir(), 'factdesk-evidence-')), `evidence-${evidence.id}.${extension}`);
  await saveEvidenceTo(ctx, id, path);
  return { opened: await open(path) };
}
