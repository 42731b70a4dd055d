// Turns the transport-level bridge (methods resolving to Envelopes) into the FactdeskApi the
// renderer codes against: values on success, a FactdeskCallError with code and details otherwise.
// Pure and DOM-free, so the renderer and the tests share it.
import type { FactdeskApi, FactdeskBridge, MethodName } from './index';
import type { FactdeskErrorCode } from '../domain/errors';
import { METHOD_NAMES } from './methods';

export class FactdeskCallError extends Error {
  constructor(
    message: string,
    readonly code: FactdeskErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'FactdeskError';
  }
}

export function createClient(bridge: FactdeskBridge): FactdeskApi {
  const client: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    const call = bridge[method] as (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: FactdeskErrorCode; message: string; details?: Record<string, unknown> } }>;
    client[method] = async (input: unknown) => {
      const envelope = await call(input ?? {});
      if (envelope.ok) return envelope.value;
      const error = envelope.error ?? { code: 'internal' as const, message: 'The call failed without a reason.' };
      throw new FactdeskCallError(error.message, error.code, error.details);
    };
  }
  return client as FactdeskApi;
}
