// The building blocks every feature's contract uses: ids, revisions, text limits, dates, web
// addresses and the enums, each written once.
import { z } from 'zod';
import { calendarDateProblem, claimDateProblem } from '../domain/dates';
import type { Problem } from '../domain/problem';
import { problemText } from '../i18n/problems';
import { isHttpUrl } from '../domain/http-url';
import { CLAIM_STATUSES, SOURCE_STANCES } from '../domain/types';

export const id = z.number().int().positive();
export const revision = z.number().int().nonnegative();
export const shortText = z.string().max(2_000);
export const longText = z.string().max(100_000);
/** A date's problem as an issue: English for the message, the Problem for other languages (../i18n/problems). */
function dateIssue(problem: Problem): { code: 'custom'; message: string; params: { problem: Problem } } {
  return { code: 'custom', message: problemText('en', problem), params: { problem } };
}

/** A calendar date, YYYY-MM-DD (optionally with a time): "2026-13-45" or "2023-10" is refused. */
export const isoDate = z
  .string()
  .max(100)
  .superRefine((value, ctx) => {
    const problem = calendarDateProblem(value);
    if (problem !== null) ctx.addIssue(dateIssue(problem));
  });
/** A claim's date at its precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export const claimDate = z
  .string()
  .max(100)
  .superRefine((value, ctx) => {
    const problem = claimDateProblem(value);
    if (problem !== null) ctx.addIssue(dateIssue(problem));
  });
export const httpUrl = z
  .string()
  .max(4_000)
  .refine(isHttpUrl, { message: 'expected an http:// or https:// URL', params: { problem: 'httpUrl' } });
export const claimStatus = z.enum(CLAIM_STATUSES);
export const stance = z.enum(SOURCE_STANCES);

// Marker for a method's result type; the value is never used at runtime.
export function returns<T>(): T {
  return undefined as T;
}
