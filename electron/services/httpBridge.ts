import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { events, type MethodName } from '../../shared/ipc/contract';
import { describeJsonFailure } from '../../shared/text/strictJson';
import { dispatch } from './dispatch';
import { fileHandlesOf } from './fileHandles';
import { publicEvent } from './publicFiles';
import { isMethodName, type Handlers } from './handlers';
import { BodyGate, checkHost, checkOrigin, checkToken, newToken, parseTarget, RequestRefused, singleHost } from './loopbackGuard';
import type { ProjectSession } from './projectSession';
import { serveStatic } from './staticFiles';
import { decodeJsonBytes } from './strictJsonFile';

/**
 * The IPC contract served over loopback HTTP, with the built renderer as static files: the browser
 * target used by the end-to-end tests (and `npm run serve:web`). Same handlers, same validation as
 * Electron's IPC. It listens on 127.0.0.1 only; every API call must carry the random per-run token
 * printed in the URL; requests are checked before any handler runs (electron/services/loopbackGuard.ts:
 * one Host naming this server, same-origin, well-formed, bounded bodies), and the renderer folder
 * is served without following symbolic links (staticFiles.ts). The renderer's files are public
 * build output: they are served without the token, and carry no data.
 */
export interface BridgeOptions {
  session: ProjectSession;
  handlers: Handlers;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Tests only: a fixed token (the default is a fresh random one per run). */
  token?: string;
}

export interface Bridge {
  /** The address to open, with the token: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string;
  /** `http://127.0.0.1:<port>` (no token). */
  origin: string;
  token: string;
  close: () => Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));

export async function startHttpBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? newToken();
  const bodies = new BodyGate();
  const sseClients = new Set<http.ServerResponse>();
  // Replies and events name files by handle and base name, never by path (publicFiles.ts).
  const files = fileHandlesOf(options.session);
  // The same events as Electron's webContents.send: patches after a change, the info when saving.
  const unsubscribe = options.session.onChange((e) => {
    const { changed, payload } = publicEvent(e, files);
    const channel = changed ? events.docChanged.channel : events.docSaveState.channel;
    const data = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sseClients) res.write(data);
  });
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      const refused = e instanceof RequestRefused ? e : null;
      const status = refused?.status ?? 500;
      const tooMuch = status === 413 || status === 503;
      // No 'connection: close' after a refused body: Node would reset the connection at once, and a
      // client still sending could lose the answer. Node discards the rest of the body instead (no
      // memory kept), and the connection is cut 10 s later whatever the client does.
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(tooMuch ? {} : { connection: 'close' }) });
      res.end(refused ? refused.reason : 'internal error');
      if (tooMuch) setTimeout(() => req.destroy(), 10_000).unref();
    });
  });
  // A malformed request line or header never reaches the handler: answer 400 and close.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = singleHost(req);
    checkHost(host, port);
    const { pathname, query } = parseTarget(req);
    if (!pathname.startsWith('/api/')) {
      await serveStatic(options.staticDir, pathname, res);
      return;
    }
    checkOrigin(req, host);
    checkToken(req, query, token);
    if (pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    const method = pathname.slice('/api/'.length);
    if (req.method !== 'POST' || !isMethodName(method)) {
      json(res, 404, { ok: false, problem: { code: 'unknown-method', data: { method }, message: `No such method: ${method}` } });
      return;
    }
    const body = await bodies.read(req);
    const payload = body.length ? decodeJsonBytes(body) : { ok: true as const, value: {} };
    if (!payload.ok) {
      json(res, 400, { ok: false, problem: { code: 'bad-request', data: { channel: method }, message: `Request body ${describeJsonFailure(payload.failure)}` } });
      return;
    }
    json(res, 200, await dispatch(options.handlers, method as MethodName, payload.value, files));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: async () => {
      unsubscribe();
      for (const res of sseClients) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
