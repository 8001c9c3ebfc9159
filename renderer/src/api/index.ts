import { createClient, type Transport } from '../../../shared/ipc/client';
import { events, type DesktopApi, type Envelope, type EventName, type MethodName } from '../../../shared/ipc/contract';

/** What the preload puts on `window.api`: the contract's methods returning envelopes. */
type PreloadApi = Record<MethodName, (req: unknown) => Promise<Envelope<unknown>>> & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

function preloadTransport(raw: PreloadApi): Transport {
  return { call: (method, request) => raw[method](request), subscribe: (event, listener) => raw.on(event, listener) };
}

/** The browser build: the same contract over loopback HTTP (POST /api/<method>, events by SSE). */
function httpTransport(): Transport {
  let source: EventSource | null = null;
  return {
    call: async (method, request) => {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return (await res.json()) as Envelope<unknown>;
    },
    subscribe: (event, listener) => {
      source ??= new EventSource('/api/events');
      const channel = events[event].channel;
      const handler = (e: MessageEvent) => listener(JSON.parse(e.data as string));
      source.addEventListener(channel, handler as EventListener);
      return () => source?.removeEventListener(channel, handler as EventListener);
    },
  };
}

export const api: DesktopApi = createClient(window.api ? preloadTransport(window.api) : httpTransport());
