import { ApiError, METHOD_NAMES, type DesktopApi, type Envelope, type EventName, type MethodName } from './contract';

/** How a client reaches the services: Electron's preload or loopback HTTP. Both return envelopes. */
export interface Transport {
  call(method: MethodName, request: unknown): Promise<Envelope<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The typed API over a transport: resolves with the value, rejects with an ApiError carrying the Problem. */
export function createClient(transport: Transport): DesktopApi {
  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (request: unknown) => {
      const envelope = await transport.call(method, request ?? {});
      if (!envelope.ok) throw new ApiError(envelope.problem);
      return envelope.value;
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  return api as unknown as DesktopApi;
}
