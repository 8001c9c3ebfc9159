import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { events, type MethodName } from '../../shared/ipc/contract';
import { dispatch } from './dispatch';
import { isMethodName, type Handlers } from './handlers';
import type { ProjectSession } from './projectSession';

/**
 * The IPC contract served over loopback HTTP, with the built renderer as static files: the browser
 * target used by the end-to-end tests (and `npm run serve:web`). Same handlers, same validation as
 * Electron's IPC. It listens on 127.0.0.1 only and refuses requests whose Host is not loopback
 * (DNS-rebinding guard) and cross-origin API calls.
 */
export interface BridgeOptions {
  session: ProjectSession;
  handlers: Handlers;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const MAX_BODY = 64 * 1024 * 1024;

export async function startHttpBridge(options: BridgeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const sseClients = new Set<http.ServerResponse>();
  // The same events as Electron's webContents.send: patches after a change, the info when saving.
  const unsubscribe = options.session.onChange((e) => {
    const [channel, payload] = e.type === 'changed' ? [events.docChanged.channel, e.update] : [events.docSaveState.channel, e.info];
    const data = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sseClients) res.write(data);
  });

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') {
      res.writeHead(403).end('loopback only');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host) {
        res.writeHead(403).end('cross-origin');
        return;
      }
      const method = url.pathname.slice('/api/'.length);
      if (req.method !== 'POST' || !isMethodName(method)) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(
          JSON.stringify({ ok: false, problem: { code: 'unknown-method', data: { method }, message: `No such method: ${method}` } }),
        );
        return;
      }
      const body = await readBody(req);
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(
          JSON.stringify({ ok: false, problem: { code: 'bad-request', data: { channel: method }, message: 'Request body is not JSON' } }),
        );
        return;
      }
      const envelope = await dispatch(options.handlers, method as MethodName, payload);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(envelope));
      return;
    }
    await serveStatic(options.staticDir, url.pathname, res);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      unsubscribe();
      for (const res of sseClients) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function serveStatic(root: string, pathname: string, res: http.ServerResponse): Promise<void> {
  const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const data = await fs.readFile(file);
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(data);
  } catch {
    res.writeHead(404).end('not found');
  }
}
