// What the sample article is: the seed article of the mission (shipped as a copy beside this file)
// with its October claim marked, rated and sourced, so a first start shows a finished claim. The
// rating is a worked example, labelled as one wherever it appears; the source is a real report.
import type { ParsedArticle, SourceDescription } from '@common/domain/types';
import { SAMPLE_CATEGORY, SAMPLE_FILE_NAME, SAMPLE_SOURCE_NAME } from '@common/domain/sample';
import { FactdeskError } from '@common/domain/errors';
import { parseSeed } from '../import/seed';
import seedText from './putin-lukaschenko-st-petersburg.de.txt?raw';

/** The last paragraph's first sentence: Lukashenko saying the deployment was completed in October. */
export const SAMPLE_CLAIM_QUOTE = 'Lukaschenko sagte letzten Monat, dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei.';

export const SAMPLE_CLAIM = {
  claimReviewed: 'Der Einsatz russischer Atomwaffen in Weißrussland wurde im Oktober 2023 abgeschlossen.',
  claimant: 'Alexander Lukaschenko',
  verdict: 'unverifiable',
  rationale:
    'Sample check, shipped with Factdesk to show a finished claim: not a published fact-check.\n\n' +
    'Lukashenko said in December 2023 that the last delivery of Russian nuclear weapons had arrived at the beginning of October ' +
    '(see the source). Neither government has shown evidence, and the number and sites of the weapons are not public, ' +
    'so the completion date cannot be confirmed independently.',
  // Rated by the person who opened the sample; approving it is a second reviewer's step (four eyes).
  status: 'needs_review',
} as const;

export const SAMPLE_SOURCE: SourceDescription = {
  url: 'https://defence-blog.com/belarus-lukashenko-confirms-russian-nuclear-arrival/',
  title: 'Lukashenko confirms that the Russian nuclear weapons have arrived',
  publisher: 'Defence Blog',
  date: '2023-12-26',
  excerpt: '“The last delivery was at the beginning of October.” (Lukashenko, as quoted)',
  stance: 'supports',
  archiveUrl: null,
};

/** The shipped seed file as an article, labelled as the sample (category, file name, publisher). */
export function sampleArticle(): ParsedArticle {
  const parsed = parseSeed(seedText.replace(/\r\n?/g, '\n'), SAMPLE_FILE_NAME);
  // Only a broken build could get here: the file is part of the app.
  if (parsed === null) throw new FactdeskError('internal', 'The sample article shipped with Factdesk is not in the seed format.');
  return { ...parsed, category: SAMPLE_CATEGORY, fileName: SAMPLE_FILE_NAME, sourceName: SAMPLE_SOURCE_NAME };
}
