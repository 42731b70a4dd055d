// Issue 15: the workbench says the core's input refusals in its language. The core keeps a verdict
// colour's or URL pattern's problem, or a refused argument's issues, in the error's details; the
// renderer words them from the catalogue (German) or shows the core's English sentence.
import { describe, expect, it } from 'vitest';
import { serializeError } from '@common/domain/errors';
import { verdictColourProblem } from '@common/domain/colours';
import { urlPatternProblem } from '@common/domain/publication';
import { validate } from '../../main/core/dispatch';
import { problemError } from '../../main/core/problems';
import { failureText, type CallFailure } from '../../renderer/src/shared/api';

function refusal(run: () => unknown): CallFailure {
  try {
    run();
  } catch (e) {
    return serializeError(e);
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
    const url = refusal(() => validate('publishClaim', { id: 1, expectedRevision: 1, url: 'nope' }));
    expect(failureText(url, 'de')).toBe('Ungültige Eingabe: url: erwartet eine http://- oder https://-Adresse');
    expect(failureText(url, 'en')).toBe('Invalid input: url: expected an http:// or https:// URL');
    const sort = refusal(() => validate('listArticles', { sort: 'bogus' }));
    expect(failureText(sort, 'de')).toBe('Ungültige Eingabe: sort: Ungültige Option: erwartet eine von "date"|"title"|"imported"');
  });
});
