import { contract, type Envelope, type MethodName } from '../../shared/ipc/contract';
import { describeIssues } from '../../shared/model/loadProject';
import type { Handlers } from './handlers';
import { problemFrom } from './problems';
import type { FileHandles } from './fileHandles';
import { publicEnvelope } from './publicFiles';

/**
 * Validate a request against the contract, run its handler, and wrap the outcome. Every way into
 * the services (IPC, loopback HTTP) goes through here, so a malformed request never reaches a
 * handler and every failure comes back as a Problem with a code. With `files` (the transports
 * pass the session's registry) the reply is made public: paths become handles and base names.
 */
export async function dispatch(handlers: Handlers, method: MethodName, rawRequest: unknown, files?: FileHandles): Promise<Envelope<unknown>> {
  const envelope = await run(handlers, method, rawRequest);
  return files ? publicEnvelope(envelope, files) : envelope;
}

async function run(handlers: Handlers, method: MethodName, rawRequest: unknown): Promise<Envelope<unknown>> {
  const entry = contract[method];
  const parsed = entry.req.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problem: { code: 'bad-request', data: { channel: entry.channel }, details: describeIssues(parsed.error), message: `Malformed request for ${entry.channel}` },
    };
  }
  try {
    const handler = handlers[method] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, problem: problemFrom(e) };
  }
}
