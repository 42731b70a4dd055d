// Importing articles from the web: fetch the page (fetch-page.ts), read it on the import worker as
// a saved page is read, and store the article with its capture (addresses, status, time) and the
// original bytes. The same canonical address fetched again with changed text becomes a new
// version of the same article, its claims re-anchored (versions.ts).
import iconv from 'iconv-lite';
import type { ImportOutcome } from '@common/contract';
import { FactdeskError } from '@common/domain/errors';
import { problemOf } from '@common/domain/problem';
import type { WebCapture } from '@common/domain/evidence';
import type { ParsedArticle } from '@common/domain/types';
import { contentHash, articleCreation, importFailure, type ImportContext } from '../import/articles';
import { importReader } from '../import/reader-thread';
import { appendChange } from '../store/repositories/changelog';
import { findArticleByHash, insertArticle } from '../store/repositories/articles';
import { findArticleByCanonicalUrl, insertArticleVersion } from '../store/repositories/article-versions';
import { storeBytes } from '../evidence/bytes';
import { fetchPage, refuseFetch, type FetchedPage, type FetchLimits } from './fetch-page';
import { addArticleVersion } from './versions';

/** The name the page goes by on the import worker; refusals naming it are reworded with the address. */
const PAGE_NAME = 'page.html';

export interface UrlImportOptions {
  limits?: Partial<FetchLimits>;
}

/** Each address fetched and stored in turn; one that fails is refused alone, with a sentence. */
export async function importUrls(ctx: ImportContext, urls: readonly string[], options: UrlImportOptions = {}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const url of urls) {
    try {
      outcomes.push(await importUrl(ctx, url, options));
    } catch (e) {
      const problem = e instanceof FactdeskError ? problemOf(e.details) : null;
      outcomes.push({ fileName: url, ok: false, error: e instanceof FactdeskError ? e.message : importFailure(url, e), ...(problem === null ? {} : { problem }) });
    }
  }
  return outcomes;
}

async function importUrl(ctx: ImportContext, url: string, options: UrlImportOptions): Promise<ImportOutcome> {
  const page = await fetchPage(url, { limits: options.limits, now: ctx.now });
  const parsed = await readPage(page);
  const canonicalUrl = parsed.url ?? page.finalUrl;
  const capture: WebCapture = {
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    canonicalUrl,
    redirects: page.redirects,
    httpStatus: page.status,
    contentType: page.contentType,
    fetchedAt: page.fetchedAt,
    snapshotSha256: page.sha256,
    snapshotSize: page.bytes.length,
  };
  const article: ParsedArticle = { ...parsed, url: canonicalUrl, fileName: null };
  const hash = contentHash(article.text);
  const reviewer = ctx.reviewer();
  return ctx.connection.write(async (tx) => {
    const at = ctx.now().toISOString();
    const earlier = await findArticleByCanonicalUrl(tx, canonicalUrl);
    if (earlier !== undefined) {
      await storeBytes(tx, page.bytes, page.sha256, at);
      const added = await addArticleVersion(tx, earlier.articleId, { title: article.title, subtitle: article.subtitle, text: article.text }, capture, at, reviewer);
      if (added.version !== null) ctx.onWrite();
      return {
        fileName: url,
        ok: true,
        articleId: earlier.articleId,
        title: article.title,
        duplicate: added.version === null,
        version: added.version ?? added.current,
        orphanedClaims: added.orphaned,
      };
    }
    const same = await findArticleByHash(tx, hash);
    if (same) return { fileName: url, ok: true, articleId: same.id, title: same.title, duplicate: true };
    const id = await insertArticle(tx, article, hash, at);
    if (id === null) throw new FactdeskError('internal', `${url}: its text is stored, but the article cannot be found.`);
    await storeBytes(tx, page.bytes, page.sha256, at);
    await insertArticleVersion(tx, { articleId: id, version: 1, title: article.title, text: article.text, contentHash: hash, createdAt: at, createdBy: reviewer, capture });
    const entry = articleCreation(id, article, hash, at, reviewer);
    // The capture says where the text came from: addresses, status, time and the snapshot's hash.
    await appendChange(tx, { ...entry, after: { ...entry.after, capture } });
    ctx.onWrite();
    return { fileName: url, ok: true, articleId: id, title: article.title, duplicate: false, version: 1 };
  });
}

/** The page read as a saved page is, with the header's charset honoured when it names one. */
async function readPage(page: FetchedPage): Promise<ParsedArticle> {
  const [read] = await importReader.readArticles([{ fileName: PAGE_NAME, bytes: asUtf8(page) }]);
  if (read && 'article' in read) return read.article;
  const message = read && 'error' in read ? read.error : `${PAGE_NAME} could not be read.`;
  const reason = /no article|no readable/i.test(message) ? 'no_article' : 'not_html';
  const said = read && 'error' in read ? read.problem : undefined;
  if (said !== undefined) {
    // The reader's refusal, naming the address instead of the worker's file name, as a web page's.
    const values = Object.fromEntries(Object.entries(said.values).map(([k, v]) => [k, v === PAGE_NAME ? page.requestedUrl : v]));
    throw refuseFetch(page.requestedUrl, reason, { key: said.key, values: { ...values, web: 'yes' } });
  }
  const reworded = message.split(PAGE_NAME).join(page.requestedUrl);
  throw new FactdeskError('bad_import', reworded.endsWith('.') ? reworded : `${reworded}; nothing was imported.`, { url: page.requestedUrl, reason });
}

/**
 * The header's charset outranks the page's own <meta> (as in browsers): the bytes are decoded with
 * it and handed on as UTF-8 with a byte order mark, which the reader takes as final.
 */
function asUtf8(page: FetchedPage): Uint8Array {
  if (page.charset === null || page.charset === 'utf-8' || page.charset === 'utf8') return page.bytes;
  if (!iconv.encodingExists(page.charset)) return page.bytes;
  const text = iconv.decode(Buffer.from(page.bytes), page.charset);
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}
