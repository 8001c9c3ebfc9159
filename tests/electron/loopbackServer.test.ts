import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { startHttpBridge, type Bridge } from '../../electron/services/httpBridge';
import { BodyGate, MAX_BODY_BYTES } from '../../electron/services/loopbackGuard';
import { ProjectSession } from '../../electron/services/projectSession';

/**
 * The loopback server as another local process would probe it: raw sockets, so that headers
 * fetch would fix (Host, duplicates, malformed targets) arrive as written.
 */
let bridge: Bridge;
let session: ProjectSession;
let secretFile: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-loopback-'));
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  secretFile = path.join(dir, 'secret.txt');
  writeFileSync(secretFile, 'SECRET-CONTENT');
  symlinkSync(secretFile, path.join(staticDir, 'leak.txt'));
  symlinkSync(dir, path.join(staticDir, 'up'));
  session = await ProjectSession.start({ dataDir: path.join(dir, 'data') });
  bridge = await startHttpBridge({ session, handlers: createHandlers(session), staticDir });
}, 30_000);
afterAll(async () => {
  await bridge?.close();
  await session?.close();
});

/** Send raw bytes, read the status line (and the rest). */
function raw(request: string | Buffer, opts: { endAfter?: boolean } = {}): Promise<{ status: number; text: string }> {
  const port = Number(new URL(bridge.origin).port);
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += String(d);
      // A client still sending does not wait for the close: the answer is what counts.
      if (opts.endAfter === false && /^HTTP\/1\.1 \d+/.test(text)) {
        resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)![1]), text });
        socket.destroy();
      }
    });
    socket.on('error', (e) => (text ? resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), text }) : reject(e)));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), text }));
    socket.write(request);
    if (opts.endAfter !== false) socket.end();
  });
}
const host = () => `127.0.0.1:${new URL(bridge.origin).port}`;
const post = (method: string, headers: Record<string, string>, body = '{}') =>
  `POST /api/${method} HTTP/1.1\r\nHost: ${host()}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;

describe('the loopback server', () => {
  it('prints its URL with a random per-run token, and two runs differ', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const other = await startHttpBridge({ session, handlers: createHandlers(session), staticDir: os.tmpdir() });
    expect(other.token).not.toBe(bridge.token);
    await other.close();
  });

  it('answers API calls without the token, or with a wrong one, with 403 (and runs nothing)', async () => {
    for (const method of ['getSnapshot', 'exportReviewCopy', 'exportMatrix', 'openProject']) {
      const none = await fetch(`${bridge.origin}/api/${method}`, { method: 'POST', body: '{}' });
      expect(none.status, method).toBe(403);
      const wrong = await fetch(`${bridge.origin}/api/${method}`, { method: 'POST', headers: { 'x-acec-token': `${bridge.token.slice(0, -1)}x` }, body: '{}' });
      expect(wrong.status, method).toBe(403);
    }
    expect((await fetch(`${bridge.origin}/api/events`)).status).toBe(403);
    // openProject's error message cannot be used to read a file: the call never runs.
    const probe = await fetch(`${bridge.origin}/api/openProject`, { method: 'POST', body: JSON.stringify({ file: secretFile }) });
    expect(await probe.text()).not.toContain('SECRET');
    const ok = await fetch(`${bridge.origin}/api/getSnapshot`, { method: 'POST', headers: { 'x-acec-token': bridge.token }, body: '{}' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('with the token, a path is still refused: every file is a handle main minted (nothing read or written)', async () => {
    const call = async (method: string, body: unknown) => {
      const r = await fetch(`${bridge.origin}/api/${method}`, { method: 'POST', headers: { 'x-acec-token': bridge.token }, body: JSON.stringify(body) });
      expect(r.status, method).toBe(200);
      return (await r.json()) as { ok: boolean; problem?: { code: string }; value?: unknown };
    };
    const target = path.join(path.dirname(secretFile), 'overwritten.docx');
    for (const [method, body] of [
      ['openProject', { project: secretFile }],
      ['openProject', { file: secretFile }],
      ['listBackups', { project: secretFile }],
      ['saveAs', { target }],
      ['exportMatrix', { format: 'docx', file: target }],
      ['exportReviewCopy', { versionName: 'x', file: target }],
      ['exportOpen', { file: secretFile }],
      ['compareVersions', { before: { kind: 'file', file: secretFile }, after: { kind: 'current' } }],
      ['chooseSaveTarget', { name: target }],
    ] as const) {
      const r = await call(method, body);
      expect(r, method).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
      expect(JSON.stringify(r), method).not.toContain('SECRET');
    }
    // A well-formed handle main never minted: refused as unknown.
    expect(await call('openProject', { project: `fh1.${'x'.repeat(32)}` })).toMatchObject({ ok: false, problem: { code: 'unknown-handle' } });
    expect(existsSync(target)).toBe(false);
    // Replies name the open project by handle, never by path.
    const snap = (await call('getSnapshot', {})) as { value: { info: { file: string | null } } };
    expect(JSON.stringify(snap.value.info)).not.toContain(path.sep + 'data');
  });

  it('refuses duplicate Host headers (400) and a host that is not this server (403)', async () => {
    const dup = await raw(`POST /api/getSnapshot HTTP/1.1\r\nHost: ${host()}\r\nHost: evil.example\r\nx-acec-token: ${bridge.token}\r\ncontent-length: 2\r\n\r\n{}`);
    expect(dup.status).toBe(400);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token }).replace(`Host: ${host()}`, 'Host: 127.0.0.1:1'))).status).toBe(403);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token }).replace(`Host: ${host()}`, 'Host: evil.example'))).status).toBe(403);
  });

  it('answers a malformed % escape, a malformed Origin and a malformed request with 400, never 500', async () => {
    expect((await raw(`GET /assets/%E0%A4%A HTTP/1.1\r\nHost: ${host()}\r\nconnection: close\r\n\r\n`)).status).toBe(400);
    expect((await raw(`GET /%ZZ HTTP/1.1\r\nHost: ${host()}\r\nconnection: close\r\n\r\n`)).status).toBe(400);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token, origin: 'http://[::1' }))).status).toBe(400);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token, origin: 'http://evil.example' }))).status).toBe(403);
    expect((await raw('GARBAGE\r\n\r\n')).status).toBe(400);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token }, '{"a":\xff}'))).status).toBe(400);
    expect((await raw(post('getSnapshot', { 'x-acec-token': bridge.token }, '['.repeat(10_000)))).status).toBe(400);
  });

  it('refuses a body declared too large with 413 before reading it', async () => {
    const t0 = Date.now();
    const r = await raw(`POST /api/importPackets HTTP/1.1\r\nHost: ${host()}\r\nx-acec-token: ${bridge.token}\r\ncontent-length: ${200 * 1024 * 1024}\r\n\r\n{"files":`, { endAfter: false });
    expect(r.status).toBe(413);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('stops a streamed (chunked) body as soon as it passes the limit, with 413', async () => {
    const port = Number(new URL(bridge.origin).port);
    const result = await new Promise<{ status: number; sent: number }>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      let sent = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), sent });
      };
      socket.on('data', (d) => {
        text += String(d);
        if (/^HTTP\/1\.1 \d+/.test(text)) {
          finish();
          socket.destroy();
        }
      });
      socket.on('error', finish);
      socket.on('close', finish);
      socket.write(`POST /api/importPackets HTTP/1.1\r\nHost: ${host()}\r\nx-acec-token: ${bridge.token}\r\ntransfer-encoding: chunked\r\n\r\n`);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const pump = () => {
        while (!done && sent < 200 * 1024 * 1024) {
          sent += chunk.length;
          const ok = socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
          if (!ok) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    expect(result.status).toBe(413);
    // Stopped near the limit, not after reading all 200 MB.
    expect(result.sent).toBeLessThan(MAX_BODY_BYTES + 64 * 1024 * 1024);
  }, 60_000);

  it('caps large bodies read at once (the third waits its turn with 503)', async () => {
    const gate = new BodyGate(2, 10 * 1024 * 1024);
    const { PassThrough } = await import('node:stream');
    const streams = [0, 1, 2].map(() => {
      const s = new PassThrough() as unknown as import('node:http').IncomingMessage;
      (s as unknown as { headers: Record<string, string> }).headers = { 'content-length': String(5 * 1024 * 1024) };
      return s;
    });
    const reads = streams.map((s) => gate.read(s).then(() => 'read', (e: { status?: number }) => e.status));
    expect(await reads[2]).toBe(503);
    expect(gate.inFlight).toBe(2);
    for (const s of streams.slice(0, 2)) (s as unknown as import('node:stream').PassThrough).end(Buffer.alloc(5 * 1024 * 1024));
    expect(await Promise.all(reads.slice(0, 2))).toEqual(['read', 'read']);
    expect(gate.inFlight).toBe(0);
  });

  it('serves the built renderer without the token, but no symbolic link in it', async () => {
    expect((await fetch(`${bridge.origin}/`)).status).toBe(200);
    expect((await fetch(`${bridge.origin}/assets/app.js`)).status).toBe(200);
    const leak = await fetch(`${bridge.origin}/leak.txt`);
    expect(leak.status).toBe(404);
    expect(await leak.text()).not.toContain('SECRET');
    const up = await fetch(`${bridge.origin}/up/secret.txt`);
    expect(up.status).toBe(404);
    expect((await raw(`GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: ${host()}\r\nconnection: close\r\n\r\n`)).status).not.toBe(200);
  });
});
