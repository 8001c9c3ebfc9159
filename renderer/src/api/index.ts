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

/**
 * The loopback server's per-run token: given in the address the server prints (`/?token=…`),
 * kept for this tab in sessionStorage (a reload keeps working) and taken out of the address bar
 * so it is not left in history or shown in screenshots.
 */
function loopbackToken(): string {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem('acec-token', given);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return given ?? sessionStorage.getItem('acec-token') ?? '';
}

/** The browser build: the same contract over loopback HTTP (POST /api/<method>, events by SSE), each call with the token. */
function httpTransport(): Transport {
  const token = loopbackToken();
  let source: EventSource | null = null;
  return {
    call: async (method, request) => {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-acec-token': token },
        body: JSON.stringify(request ?? {}),
      });
      if (res.headers.get('content-type')?.startsWith('application/json')) return (await res.json()) as Envelope<unknown>;
      // Refused before any handler ran (no token, too large…): a coded problem like any other.
      return { ok: false, problem: { code: 'bad-request', data: { channel: method }, message: `${res.status} ${await res.text()}` } };
    },
    subscribe: (event, listener) => {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const channel = events[event].channel;
      const handler = (e: MessageEvent) => listener(JSON.parse(e.data as string));
      source.addEventListener(channel, handler as EventListener);
      return () => source?.removeEventListener(channel, handler as EventListener);
    },
  };
}

export const api: DesktopApi = createClient(window.api ? preloadTransport(window.api) : httpTransport());
