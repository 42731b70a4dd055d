// All the contract methods a database's core serves, from one handlers.ts per feature folder.
// Combined with a check that no two features claim a method (at run time) and that together they
// serve every method but the session's (at compile time).
import type { MethodName, SessionMethodName } from '@common/contract';
import { articleHandlers } from './articles/handlers';
import { assistHandlers } from './assist/handlers';
import { claimHandlers } from './claims/handlers';
import { commentHandlers } from './comments/handlers';
import type { CoreContext } from './context';
import type { HandlersOf } from './dispatch';
import { evidenceHandlers } from './evidence/handlers';
import { exportHandlers } from './export/handlers';
import { publishingHandlers } from './publishing/handlers';
import { reviewHandlers } from './review/handlers';
import { sampleHandlers } from './sample/handlers';
import { settingsHandlers } from './settings/handlers';
import { sourceHandlers } from './sources/handlers';

export type CoreMethodName = Exclude<MethodName, SessionMethodName>;
export type CoreHandlers = HandlersOf<CoreMethodName>;

export function coreHandlers(ctx: CoreContext): CoreHandlers {
  return combine(
    settingsHandlers(ctx),
    articleHandlers(ctx),
    claimHandlers(ctx),
    sourceHandlers(ctx),
    commentHandlers(ctx),
    reviewHandlers(ctx),
    exportHandlers(ctx),
    sampleHandlers(ctx),
    evidenceHandlers(ctx),
    publishingHandlers(ctx),
    assistHandlers(ctx),
  );
}

type Union<T extends object[]> = T extends [infer H, ...infer R extends object[]] ? H & Union<R> : unknown;

/** One object of handlers; a method served by two features is a mistake, caught at start-up. */
function combine<T extends object[]>(...parts: T): Union<T> {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, fn] of Object.entries(part)) {
      if (name in all) throw new Error(`Two features serve the method "${name}".`);
      all[name] = fn;
    }
  }
  return all as Union<T>;
}
