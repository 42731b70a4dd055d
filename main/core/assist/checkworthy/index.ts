// Check-worthy sentence hints (issue 14.1): a small TF-IDF + logistic-regression model per
// language, committed under models/ and trained by tools/checkworthy/train.ts, that scores
// sentences and ranks an article's sentences for the reader's suggestions. Offline, no clock.
import { problemError } from '@common/contract/refusals';
import type { CheckworthyLanguage } from './features';
import { CheckworthyModel, type CheckworthyModelFile } from './model';

export type { CheckworthyLanguage } from './features';
export { CheckworthyModel } from './model';
export { splitSentences, type Sentence } from './sentences';
export { rankArticle, SUGGESTED_SHARE, type ArticlePart, type RankableArticle, type RankedSentence } from './rank';

export const CHECKWORTHY_LANGUAGES: readonly CheckworthyLanguage[] = ['en', 'de'];

// Loaded on first use: most commands never need a model, and each file is a few megabytes. The
// template path lets Vite bundle both files as chunks while TypeScript does not type megabytes of
// JSON; the constructor checks the format instead.
async function loadModelFile(lang: CheckworthyLanguage): Promise<CheckworthyModelFile> {
  const module: { default: CheckworthyModelFile } = await import(`./models/${lang}.json`);
  return module.default;
}
const models = new Map<CheckworthyLanguage, Promise<CheckworthyModel>>();

export function isCheckworthyLanguage(lang: string): lang is CheckworthyLanguage {
  return (CHECKWORTHY_LANGUAGES as readonly string[]).includes(lang);
}

export function checkworthyModel(lang: CheckworthyLanguage): Promise<CheckworthyModel> {
  let model = models.get(lang);
  if (!model) {
    model = loadModelFile(lang).then((file) => new CheckworthyModel(file));
    models.set(lang, model);
  }
  return model;
}

/**
 * The model for an article's language (ISO 639-1, as Article.language): German for `de`, English
 * for `en`. Any other or unknown language is refused with a sentence rather than scored by a model
 * that cannot read it; the caller may choose one explicitly.
 */
export async function modelForArticleLanguage(language: string | null): Promise<CheckworthyModel> {
  const lang = language?.toLowerCase().slice(0, 2) ?? '';
  if (!isCheckworthyLanguage(lang)) {
    throw problemError(language === null ? { key: 'checkworthyNoLanguage', values: {} } : { key: 'checkworthyLanguage', values: { language } });
  }
  return checkworthyModel(lang);
}
