// The dates panel's content: date expressions in a claim's quote and in the sentence(s) around it,
// each resolved against the article's publication date and offered as a claim date.
import type { ClaimDates } from '@common/domain/assist';
import type { Article, Claim } from '@common/domain/types';
import { splitSentences } from './checkworthy';
import { findDates } from './dates';
import { claimDateOf } from './dates/claim-date';

/** The text a claim's selectors index. */
export function partText(article: Article, claim: Claim): string {
  return claim.part === 'headline' ? article.title : claim.part === 'teaser' ? (article.subtitle ?? '') : article.text;
}

/** German for a German article, English for every other (the resolver knows these two). */
export function dateLanguage(article: Article): 'de' | 'en' {
  return article.language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function claimDates(article: Article, claim: Claim): ClaimDates {
  const lang = dateLanguage(article);
  const text = partText(article, claim);
  const { start: quoteStart, end: quoteEnd } = claim.position;
  // The sentences the quote touches; the quote alone when the text moved under it.
  const touched = splitSentences(text, lang).filter((s) => s.index < quoteEnd && s.index + s.text.length > quoteStart);
  const from = Math.min(quoteStart, touched[0]?.index ?? quoteStart);
  const last = touched[touched.length - 1];
  const to = Math.max(quoteEnd, last ? last.index + last.text.length : quoteEnd);
  const sentence = text.slice(from, to);
  const reference = article.publishedAt?.slice(0, 10) ?? null;
  const base = { articleId: article.id, articleRevision: article.revision, reference, lang, sentence };
  if (reference === null) return { ...base, dates: [] };
  const dates = findDates(sentence, { lang, ref: reference }).map((found) => {
    const index = from + found.index;
    const asClaimDate = claimDateOf(found.start, found.end);
    return {
      ...found,
      index,
      inQuote: index < quoteEnd && index + found.text.length > quoteStart,
      claimDate: asClaimDate?.value ?? null,
      claimDatePrecision: asClaimDate?.precision ?? null,
    };
  });
  return { ...base, dates };
}
