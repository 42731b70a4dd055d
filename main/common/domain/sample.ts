// The sample article shipped with Factdesk (a first start offers it next to Import): how it is
// recognised, by the renderer to label it and by the core to remove it again.
import type { Article } from './types';

/** The sample's category: no seed feed uses it, so the sample is never confused with an import. */
export const SAMPLE_CATEGORY = 'factdesk-sample';
export const SAMPLE_FILE_NAME = 'factdesk-sample.txt';
/** Shown as the article's publisher in the list, so the sample is labelled wherever it appears. */
export const SAMPLE_SOURCE_NAME = 'Factdesk sample (not a published check)';

export function isSampleArticle(article: Pick<Article, 'category'>): boolean {
  return article.category === SAMPLE_CATEGORY;
}
