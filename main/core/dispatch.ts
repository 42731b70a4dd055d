// The one way a call reaches the core: validate the argument against the contract (here, and
// nowhere else), then run the handler that serves the method. The transports (IPC, the loopback
// bridge) wrap the outcome in an Envelope, so both behave identically and the renderer never sees
// a raw exception; in-process callers (the CLI, tests) call a served facade that validates the same way.
import { ZodError, type z } from 'zod';
import { contract, parseInput, type ApiInput, type ApiOutput, type Contract, type Envelope, type MethodName } from '@common/contract';
import { FactdeskError, serializeError } from '@common/domain/errors';
import { inputRefusal } from '@common/contract/refusals';
import { busyError, isBusyError } from './store/sqlite';
import { explainSystemError } from './store/storage-errors';

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Validated arguments: what the contract's schemas produce, and all a handler ever receives. */
export type Input<M extends MethodName> = z.output<Contract[M]['input']>;

/** The functions that serve contract methods, taking validated input. */
export type Handlers = { [M in MethodName]?: (input: Input<M>) => Promise<ApiOutput<M>> };

/** The handlers of some methods, all present: what each feature folder's handlers.ts returns. */
export type HandlersOf<M extends MethodName> = { [K in M]: (input: Input<K>) => Promise<ApiOutput<K>> };

/** Where a served facade keeps its handlers, so dispatch validates once and calls them directly. */
export const HANDLERS = Symbol('factdesk.handlers');

/** A facade over handlers: each method validates its raw argument, then runs the handler. */
export type Served<H extends Handlers> = {
  [M in keyof H & MethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
} & { readonly [HANDLERS]: H };

/** The only parse of an argument, and the only place a ZodError becomes invalid_input. */
export function validate<M extends MethodName>(method: M, raw: unknown): Input<M> {
  try {
    return parseInput(method, raw);
  } catch (e) {
    if (e instanceof ZodError) {
      throw inputRefusal(e);
    }
    throw e;
  }
}

type AnyHandler = (input: unknown) => Promise<unknown>;

function handlerOf(handlers: object, method: MethodName): AnyHandler | undefined {
  const fn = (handlers as Partial<Record<MethodName, AnyHandler>>)[method];
  return fn === undefined ? undefined : fn.bind(handlers);
}

export function serve<H extends Handlers>(handlers: H): Served<H> {
  const facade: Record<string | symbol, unknown> = { [HANDLERS]: handlers };
  for (const method of Object.keys(handlers) as Array<keyof H & MethodName>) {
    const run = handlerOf(handlers, method)!;
    facade[method] = (raw: unknown) => Promise.resolve().then(() => run(validate(method, raw ?? {})));
  }
  return facade as Served<H>;
}

/** Runs an argument the caller has already passed through validate() (the CLI checks before opening a file). */
export function invokeValidated<H extends Handlers, M extends keyof H & MethodName>(
  target: Served<H>,
  method: M,
  input: Input<M>,
): Promise<ApiOutput<M>> {
  const run = handlerOf(target[HANDLERS], method);
  if (!run) throw new FactdeskError('invalid_input', `${method} is not available here.`);
  return run(input) as Promise<ApiOutput<M>>;
}

/**
 * One call from a transport. `target` is a served facade (a window's session, a bare core: their
 * handlers are used), or plain handlers (the tests' stand-ins): either way the argument is validated once.
 */
export async function dispatch(target: Handlers, method: string, raw: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(method)) throw new FactdeskError('invalid_input', `Unknown method "${method}".`);
    const input = validate(method, raw ?? {});
    const handlers = HANDLERS in target ? (target as Served<Handlers>)[HANDLERS] : target;
    const run = handlerOf(handlers, method);
    if (!run) throw new FactdeskError('invalid_input', `${method} is not available here.`);
    return { ok: true, value: await run(input) };
  } catch (e) {
    return { ok: false, error: serializeError(toFactdeskError(e)) };
  }
}

export function toFactdeskError(e: unknown): unknown {
  // The store turns SQLITE_BUSY into FactdeskError('busy') after its retries; this catches any
  // path that did not, so a locked file never reaches a person as "SQLITE_BUSY: database is locked".
  if (isBusyError(e)) return busyError();
  // A full disk, a read-only place, a denied permission or a loop of links met outside the open
  // database (a backup copy, a settings file): a sentence too, never "ENOSPC".
  return explainSystemError(e);
}
