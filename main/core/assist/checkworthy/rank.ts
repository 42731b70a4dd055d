// Ranking an article's sentences: which parts count (headline, teaser, body sentences) and which
// do not (captions, bylines, datelines, photo credits), and the top quarter as suggestions. News
// is denser in facts than the debates the model learnt from, so a fixed threshold would flag half
// an article; the rank within the article is what a reviewer can use.
import { PARAGRAPH_SEPARATOR, type Article } from '@common/domain/types';
import { datelineLead, findDateline } from '../../import/dateline';
import type { CheckworthyModel } from './model';
import { splitSentences } from './sentences';

export type ArticlePart = 'headline' | 'teaser' | 'body';

export interface RankedSentence {
  readonly part: ArticlePart;
  readonly text: string;
  /** UTF-16 offset in the headline, the teaser or Article.text, as `part` says. */
  readonly index: number;
  readonly score: number;
  /** 1 = most worth checking. */
  readonly rank: number;
  /** Over the model's own threshold (what `factdesk checkworthy` prints as yes). */
  readonly checkworthy: boolean;
  /** Among the top quarter of this article: what the reader suggests. */
  readonly suggested: boolean;
}

/** Suggest about this share of an article's sentences, at least one. */
export const SUGGESTED_SHARE = 0.25;

export type RankableArticle = Pick<Article, 'title' | 'subtitle' | 'byline' | 'text'>;

/** Sentences in article order, each with its rank. */
export function rankArticle(article: RankableArticle, model: CheckworthyModel): RankedSentence[] {
  const candidates = articleSentences(article, model.lang);
  const scored = candidates.map((c) => ({ ...c, score: model.score(c.text) }));
  const order = scored.map((_, i) => i).sort((a, b) => scored[b]!.score - scored[a]!.score || a - b);
  const suggestedCount = Math.max(1, Math.round(scored.length * SUGGESTED_SHARE));
  const rankOf = new Map(order.map((i, rank) => [i, rank + 1]));
  return scored.map((s, i) => {
    const rank = rankOf.get(i)!;
    return { ...s, rank, checkworthy: s.score >= model.threshold, suggested: rank <= suggestedCount };
  });
}

interface Candidate {
  readonly part: ArticlePart;
  readonly text: string;
  readonly index: number;
}

export function articleSentences(article: RankableArticle, lang: CheckworthyModel['lang']): Candidate[] {
  const out: Candidate[] = [];
  const headline = article.title.trim();
  if (headline !== '') out.push({ part: 'headline', text: headline, index: article.title.indexOf(headline) });
  const teaser = article.subtitle?.trim() ?? '';
  // The seed format's teaser is often the headline's start folded to ASCII: count that once, not twice.
  if (teaser !== '' && !fold(headline).startsWith(fold(teaser))) {
    for (const s of splitSentences(article.subtitle!, lang)) out.push({ part: 'teaser', ...s });
  }
  let offset = 0;
  for (const paragraph of article.text.split(PARAGRAPH_SEPARATOR)) {
    if (!isCaptionOrByline(paragraph, article.byline)) {
      const skip = datelineLength(paragraph);
      for (const s of splitSentences(paragraph.slice(skip), lang)) {
        if (hasWords(s.text)) out.push({ part: 'body', text: s.text, index: offset + skip + s.index });
      }
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}

/** As the seed format folds to ASCII ("Möglichkeiten" → "Moeglichkeiten"), then letters and digits only. */
function fold(text: string): string {
  const german: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => german[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** "ST PETERSBURG: Die …" → the length of "ST PETERSBURG: ", so the sentence starts at "Die". */
function datelineLength(paragraph: string): number {
  return datelineLead(paragraph)?.length ?? 0;
}

const CREDIT = /^(?:foto|fotos|bild|bilder|photo|photos|image|images|picture|caption|bildunterschrift|credit|quelle|source|video|grafik|graphic|illustration)\s*[:|/]|[(|©]\s*(?:foto|photo|bild|image|getty|reuters|ap|afp|dpa|epa|imago|picture alliance)\b|\b(?:getty images|picture alliance|imago images)\b|©/iu;
const BYLINE = /^(?:by|von|text|written by|reporting by|ein (?:bericht|kommentar) von)\s+\p{Lu}/u;

/** Captions, credits, bylines and one-line labels: what the reader must never suggest. */
function isCaptionOrByline(paragraph: string, byline: string | null): boolean {
  const text = paragraph.trim();
  if (text === '') return true;
  if (byline !== null && byline.trim() !== '' && text.toLowerCase() === byline.trim().toLowerCase()) return true;
  const words = text.split(/\s+/u).length;
  if (BYLINE.test(text) && words <= 8) return true;
  if (CREDIT.test(text) && words <= 40) return true;
  // A dateline on its own line, or a short label without a sentence's end ("Mehr zum Thema").
  if (findDateline(`${text}: `) !== null && !/[.!?]/u.test(text)) return true;
  return words < 4 && !/[.!?]["'“”»«]?$/u.test(text);
}

function hasWords(text: string): boolean {
  return /\p{L}{2}/u.test(text);
}
