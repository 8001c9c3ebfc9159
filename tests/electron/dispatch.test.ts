import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { startHttpBridge } from '../../electron/services/httpBridge';
import { ProjectSession } from '../../electron/services/projectSession';
import { fileHandlesOf } from '../../electron/services/fileHandles';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function session() {
  const s = await ProjectSession.start({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'acec-ipc-')), saveDebounceMs: 10 });
  sessions.push(s);
  return s;
}

describe('IPC contract validation', () => {
  it('every channel is noun:verb and unique', () => {
    const channels = METHOD_NAMES.map((m) => contract[m].channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const c of channels) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it.each([
    ['openProject', { project: 42 }, 'project'],
    ['openProject', { project: '' }, 'project'],
    ['openProject', { project: '/x.json' }, 'project'],
    ['openProject', { file: '/x.json' }, '(top level)'],
    ['listBackups', {}, 'project'],
    ['openBackup', { project: `fh1.${'a'.repeat(32)}` }, 'backup'],
    ['getSnapshot', { sneaky: 1 }, '(top level)'],
    ['newFromBuiltin', 'not an object', '(top level)'],
  ] as const)('rejects %s with %j, naming the field', async (method, req, field) => {
    const s = await session();
    let called = false;
    const handlers = createHandlers(s);
    const spied = new Proxy(handlers, { get: (t, k) => { called = true; return t[k as keyof typeof t]; } });
    const r = await dispatch(spied, method, req);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe('bad-request');
      expect(r.problem.details?.map((d) => d.path)).toContain(field);
    }
    expect(called).toBe(false);
  });

  it('passes a valid request to its handler and wraps handler failures as problems', async () => {
    const s = await session();
    const handlers = createHandlers(s);
    const ok = await dispatch(handlers, 'getSnapshot', {});
    expect(ok.ok && (ok.value as { info: { builtin: boolean } }).info.builtin).toBe(true);
    const files = fileHandlesOf(s);
    const missing = await dispatch(handlers, 'openProject', { project: files.mint('/nonexistent/p.json', 'project').handle }, files);
    expect(missing.ok).toBe(false);
    // Across IPC the file is named, not located.
    if (!missing.ok) expect(missing.problem.file).toBe('p.json');
  });

  it('a handler that throws a plain error (or a non-error) comes back as an `unexpected` Problem, and the next call still works', async () => {
    const s = await session();
    const handlers = createHandlers(s);
    const broken = {
      ...handlers,
      getSnapshot: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
      listBackups: () => {
        // A synchronous throw of something that is not an Error.
        throw 'bare string';
      },
    } as typeof handlers;
    expect(await dispatch(broken, 'getSnapshot', {})).toEqual({
      ok: false,
      problem: { code: 'unexpected', data: { detail: "Cannot read properties of undefined (reading 'x')" }, message: "Cannot read properties of undefined (reading 'x')" },
    });
    const files = fileHandlesOf(s);
    const bare = await dispatch(broken, 'listBackups', { project: files.mint('/x/p.json', 'project').handle }, files);
    expect(bare).toMatchObject({ ok: false, problem: { code: 'unexpected', data: { detail: 'bare string' } } });
    expect((await dispatch(handlers, 'getSnapshot', {})).ok).toBe(true);
  });

  it('the loopback bridge validates the same way, refuses non-loopback hosts and unknown methods', async () => {
    const s = await session();
    const bridge = await startHttpBridge({ session: s, handlers: createHandlers(s), staticDir: os.tmpdir() });
    try {
      const api = (method: string, body: string) => fetch(`${bridge.origin}/api/${method}`, { method: 'POST', headers: { 'x-acec-token': bridge.token }, body });
      const bad = await api('openProject', JSON.stringify({ file: 7 }));
      expect(((await bad.json()) as { problem: { code: string } }).problem.code).toBe('bad-request');
      const notJson = await api('openProject', '{');
      expect(notJson.status).toBe(400);
      const unknown = await api('deleteEverything', '{}');
      expect(unknown.status).toBe(404);
      // fetch cannot forge Host; a raw request can (as a DNS-rebinding page would arrive).
      const evilStatus = await new Promise<number>((resolve, reject) => {
        const u = new URL(`${bridge.origin}/api/getSnapshot`);
        const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { host: 'evil.example', 'x-acec-token': bridge.token } }, (res) => resolve(res.statusCode ?? 0));
        req.on('error', reject);
        req.end('{}');
      });
      expect(evilStatus).toBe(403);
      const traversal = await fetch(`${bridge.origin}/..%2f..%2fetc%2fpasswd`);
      expect([403, 404]).toContain(traversal.status);
    } finally {
      await bridge.close();
    }
  });

  it('the built-in edition is read-only: a change is refused, not silently dropped', async () => {
    const s = await session();
    expect(() => s.replace(s.current)).toThrow(/read-only/);
  });
});

describe('document changes through the contract', () => {
  it('applies a change, undoes and redoes it, and refuses an invalid or stale one without changing anything', async () => {
    const s = await session();
    const handlers = createHandlers(s);
    await s.newFromBuiltin(path.join(s.dataDir, 'p.json'));
    const rev = s.snapshot().info.revision;
    const path0 = ['framework', 'components', 0, 'title', 'zh', 'text'];
    const original = s.current.framework.components[0].title.zh.text;
    const r = await dispatch(handlers, 'applyChange', { label: 'edit', patches: [{ op: 'replace', path: path0, value: '环境政策对话' }], baseRevision: rev });
    expect(r.ok).toBe(true);
    expect(s.current.framework.components[0].title.zh.text).toBe('环境政策对话');
    expect(s.snapshot().info.undoLabel).toBe('edit');

    const before = JSON.stringify(s.current);
    const invalid = await dispatch(handlers, 'applyChange', { label: 'bad', patches: [{ op: 'replace', path: ['framework', 'metadata', 'period', 'start'], value: 'soon' }] });
    expect(!invalid.ok && invalid.problem.code).toBe('invalid-change');
    expect(!invalid.ok && invalid.problem.details?.[0].path).toBe('framework.metadata.period.start');
    const stale = await dispatch(handlers, 'applyChange', { label: 'old', patches: [{ op: 'replace', path: path0, value: 'x' }], baseRevision: rev });
    expect(!stale.ok && stale.problem.code).toBe('stale-revision');
    const badPath = await dispatch(handlers, 'applyChange', { label: 'p', patches: [{ op: 'remove', path: ['framework', 'components'], index: 99 }] });
    expect(!badPath.ok && badPath.problem.code).toBe('bad-patch');
    expect(JSON.stringify(s.current)).toBe(before);

    await dispatch(handlers, 'undo', {});
    expect(s.current.framework.components[0].title.zh.text).toBe(original);
    expect(s.snapshot().info.redoLabel).toBe('edit');
    await dispatch(handlers, 'redo', {});
    expect(s.current.framework.components[0].title.zh.text).toBe('环境政策对话');
    await s.flush();
  });
});
