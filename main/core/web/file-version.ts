// `import FILE --version-of ID`: a corrected copy of an article saved as a file becomes the
// article's next version (when its text changed), read as any import file is.
import { basename } from 'node:path';
import type { ImportOutcome } from '@common/contract';
import type { ImportContext } from '../import/articles';
import { importReader } from '../import/reader-thread';
import { addArticleVersion } from './versions';

export async function importFileAsVersion(ctx: ImportContext, articleId: number, path: string): Promise<ImportOutcome> {
  const fileName = basename(path);
  const [read] = await importReader.readArticleFiles([{ fileName, path }]);
  if (!read || !('article' in read)) {
    if (read?.problem !== undefined) return { fileName, ok: false, error: read.error, problem: read.problem };
    return { fileName, ok: false, error: read && 'error' in read ? read.error : `${fileName} could not be read.` };
  }
  const parsed = read.article;
  const reviewer = ctx.reviewer();
  return ctx.connection.write(async (tx) => {
    const at = ctx.now().toISOString();
    const added = await addArticleVersion(tx, articleId, parsed, null, at, reviewer);
    if (added.version !== null) ctx.onWrite();
    return {
      fileName,
      ok: true,
      articleId,
      title: parsed.title,
      duplicate: added.version === null,
      version: added.current,
      orphanedClaims: added.orphaned,
    };
  });
}
