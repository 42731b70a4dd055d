// The core's refusal of a Problem: invalid_input with the English sentence as its message and the
// Problem itself in details, so the CLI and the workbench can say it in German.
import { FactdeskError } from '@common/domain/errors';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';

export function problemError(problem: Problem): FactdeskError {
  return new FactdeskError('invalid_input', problemText('en', problem), { problem });
}
