// Issue 15: the workbench says the core's input refusals in its language. The core keeps a verdict
// colour's or URL pattern's problem, or a refused argument's issues, in the error's details; the
// renderer words them from the catalogue (German) or shows the core's English sentence. So too the
// workflow's rules (four eyes, publishing only what is approved), refused as forbidden by key.
import { describe, expect, it } from 'vitest';
import { serializeError } from '@common/domain/errors';
import { verdictColourProblem } from '@common/domain/colours';
import { urlPatternProblem } from '@common/domain/publication';
import { parseInput, type MethodName } from '@common/contract';
import { inputRefusal, problemError, refusal as ruleRefusal } from '@common/contract/refusals';
import { ZodError } from 'zod';
import { failureText, type CallFailure } from '../../renderer/src/shared/api';

/** A call refused as the core refuses it (dispatch's validate): the contract's parse, then inputRefusal. */
function refusal(method: MethodName, raw: unknown): CallFailure {
  try {
    parseInput(method, raw);
  } catch (e) {
    if (e instanceof ZodError) return serializeError(inputRefusal(e));
    throw e;
  }
  throw new Error('not refused');
}

describe('a refused input in the workbench', () => {
  it('says a URL pattern problem in German, and the core’s English sentence in English', () => {
    const failure = serializeError(problemError(urlPatternProblem('https://desk.example/{year}/{id}')!));
    expect(failureText(failure, 'de')).toBe('Das URL-Muster darf nur {id} und {slug} enthalten, nicht {year}.');
    expect(failureText(failure, 'en')).toBe('The URL pattern may use {id} and {slug} only, not {year}.');
    expect(failure.message).toBe('The URL pattern may use {id} and {slug} only, not {year}.');
  });

  it('names the other verdict by its German label in German', () => {
    const problem = verdictColourProblem('#4a8cf7', 'dark', [{ label: 'True', labelDe: 'Richtig', color: '#4493f8' }])!;
    const failure = serializeError(problemError(problem));
    expect(failureText(failure, 'de')).toBe(
      'Die Farbe für das dunkle Design #4a8cf7 ist zu nah an der Farbe für das dunkle Design von „Richtig“ (#4493f8); wählen Sie eine, die man auf einen Blick unterscheidet.',
    );
    expect(failure.message).toBe('The dark-theme colour #4a8cf7 is too close to the dark-theme colour of "True" (#4493f8); pick one that is told apart at a glance.');
  });

  it('says a refused argument’s issues in German: the contract’s own words and zod’s', () => {
    const url = refusal('publishClaim', { id: 1, expectedRevision: 1, url: 'nope' });
    expect(failureText(url, 'de')).toBe('Ungültige Eingabe: url: erwartet eine http://- oder https://-Adresse');
    expect(failureText(url, 'en')).toBe('Invalid input: url: expected an http:// or https:// URL');
    const sort = refusal('listArticles', { sort: 'bogus' });
    expect(failureText(sort, 'de')).toBe('Ungültige Eingabe: sort: Ungültige Option: erwartet eine von "date"|"title"|"imported"');
  });

  it('says a date that is no calendar date in German, the month by its German name', () => {
    const date = refusal('updateArticle', { id: 1, expectedRevision: 1, patch: { publishedAt: '2023-02-30' } });
    expect(date.message).toBe('Invalid input: patch.publishedAt: "2023-02-30" is not a calendar date: February 2023 has 28 days');
    expect(failureText(date, 'de')).toBe('Ungültige Eingabe: patch.publishedAt: „2023-02-30“ ist kein Kalenderdatum: Februar 2023 hat 28 Tage');
  });
});

describe('a refused workflow step in the workbench', () => {
  it('says the four-eyes rule in German, and the core’s English sentence in English', () => {
    const failure = serializeError(ruleRefusal('forbidden', { key: 'fourEyes', values: {} }, { verdictSetBy: 'Anna', reviewer: 'Anna' }));
    expect(failure.code).toBe('forbidden');
    expect(failureText(failure, 'de')).toBe('Sie haben diese Bewertung selbst vergeben, deshalb muss jemand anderes sie freigeben (Vier-Augen-Prinzip).');
    expect(failureText(failure, 'en')).toBe('You set this verdict yourself, so another reviewer has to approve it (four-eyes rule).');
  });

  it('names a claim’s status by its German label when publishing is refused', () => {
    const failure = serializeError(
      ruleRefusal('forbidden', { key: 'publishOnlyApproved', values: { id: '4', status: 'Needs review' }, valuesDe: { status: 'Zur Prüfung' } }),
    );
    expect(failureText(failure, 'de')).toBe('Nur eine freigegebene Behauptung kann veröffentlicht werden, und Behauptung 4 ist „Zur Prüfung“ (jemand anderes gibt sie zuerst frei).');
    expect(failure.message).toBe('Only an approved claim can be published, and claim 4 is "Needs review" (another reviewer approves it first).');
  });

  it('says the contract’s own words for an empty title, not zod’s generic German', () => {
    const title = refusal('updateArticle', { id: 1, expectedRevision: 1, patch: { title: '   ' } });
    expect(title.message).toBe('Invalid input: patch.title: an article needs a title');
    expect(failureText(title, 'de')).toBe('Ungültige Eingabe: patch.title: ein Artikel braucht einen Titel');
  });

  it('leaves a forbidden refusal without a key in the core’s English', () => {
    expect(failureText({ code: 'forbidden', message: 'Not allowed here.' }, 'de')).toBe('Not allowed here.');
  });
});
