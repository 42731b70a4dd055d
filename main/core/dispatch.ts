// One call across a process boundary (IPC or the loopback bridge): validate the argument
// against the contract, run the core method, and wrap the outcome in an Envelope, so both
// transports behave identically and the renderer never sees a raw exception.
import { ZodError } from 'zod';
import { contract, parseInput, type Envelope, type FactdeskApi, type MethodName, type SessionMethodName } from '@common/contract';
import { FactdeskError, serializeError } from '@common/domain/errors';
import { busyError, isBusyError } from './store/sqlite';
import { explainSystemError } from './store/storage-errors';

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** A window's session (all methods), or a bare core (everything but choosing the open file). */
export type DispatchTarget = Omit<FactdeskApi, SessionMethodName> & Partial<Pick<FactdeskApi, SessionMethodName>>;

export async function dispatch(api: DispatchTarget, method: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(method)) throw new FactdeskError('invalid_input', `Unknown method "${method}".`);
    const parsed = parseInput(method, input ?? {});
    const call = (api as Partial<Record<MethodName, (arg: unknown) => Promise<unknown>>>)[method];
    if (!call) throw new FactdeskError('invalid_input', `${method} is not available here.`);
    const value = await call.call(api, parsed);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: serializeError(toFactdeskError(e)) };
  }
}

export function toFactdeskError(e: unknown): unknown {
  // The store turns SQLITE_BUSY into FactdeskError('busy') after its retries; this catches any
  // path that did not, so a locked file never reaches a person as "SQLITE_BUSY: database is locked".
  if (isBusyError(e)) return busyError();
  if (e instanceof ZodError) {
    const issues = e.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ');
    return new FactdeskError('invalid_input', `Invalid input: ${issues}`);
  }
  // A full disk, a read-only place, a denied permission or a loop of links met outside the open
  // database (a backup copy, a settings file): a sentence too, never "ENOSPC".
  return explainSystemError(e);
}
