// How a refused input becomes invalid_input: the English sentence as the error's message (what
// logs and English readers see), and what it was said from in details (a Problem, or the zod
// issues with the contract's problem where it names one), so the CLI and the workbench can say it
// in their person's language (@common/i18n/problems).
import type { ZodError } from 'zod';
import { FactdeskError, type FactdeskErrorCode } from '../domain/errors';
import type { Problem } from '../domain/problem';
import { problemText } from '../i18n/problems';

export function problemError(problem: Problem): FactdeskError {
  return refusal('invalid_input', problem);
}

/**
 * A rule the core keeps (four eyes, a published claim's correction note, ...) refusing a step: the
 * English sentence as the message, the Problem in details beside whatever else they carry.
 */
export function refusal(code: FactdeskErrorCode, problem: Problem, details: Record<string, unknown> = {}): FactdeskError {
  return new FactdeskError(code, problemText('en', problem), { ...details, problem });
}

/** An argument the contract refused, each issue kept whole (its code and limits) in details.issues. */
export function inputRefusal(e: ZodError): FactdeskError {
  const issues = e.issues.map((i) => {
    // The contract names a problem by its key (a refine's params) or whole (a date's superRefine).
    const named = (i as { params?: { problem?: string | Problem } }).params?.problem;
    const problem = typeof named === 'string' ? { key: named, values: {} } : named;
    const message = problem === undefined ? i.message : problemText('en', problem);
    return { ...i, path: i.path.join('.'), message, ...(problem === undefined ? {} : { problem }) };
  });
  const said = issues.map((i) => `${i.path || 'argument'}: ${i.message}`).join('; ');
  return new FactdeskError('invalid_input', `Invalid input: ${said}`, { issues });
}
