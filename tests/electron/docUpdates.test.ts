import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocUpdate, ProjectInfo } from '../../shared/ipc/contract';
import { applyPatches } from '../../shared/model/patch/patch';
import { createHandlers } from '../../electron/services/handlers';
import { startHttpBridge } from '../../electron/services/httpBridge';
import { ProjectSession } from '../../electron/services/projectSession';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A session with an editable copy of the built-in edition, served over the loopback bridge. */
async function served() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-updates-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 10 });
  await session.newFromBuiltin(path.join(dataDir, 'p.json'));
  const bridge = await startHttpBridge({ session, handlers: createHandlers(session), staticDir: dataDir });
  cleanups.push(async () => {
    await bridge.close();
    await session.close();
  });
  return { session, url: `${bridge.origin}/`, token: bridge.token };
}

/** Read server-sent events as the browser's EventSource does, one promise per event wanted. */
function listen(url: string, token: string) {
  const events: Array<{ event: string; data: string }> = [];
  const waiters: Array<() => void> = [];
  const req = http.get(new URL(`api/events?token=${token}`, url), (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data });
        waiters.splice(0).forEach((w) => w());
      }
    });
  });
  cleanups.push(async () => void req.destroy());
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => waiters.push(r));
  };
  const connected = new Promise<void>((r) => req.on('response', () => r()));
  return { events, until, connected };
}

async function call(url: string, token: string, method: string, body: unknown): Promise<{ ok: boolean; value: DocUpdate }> {
  const res = await fetch(new URL(`api/${method}`, url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-acec-token': token }, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; value: DocUpdate };
}

describe('main sends patches, not the project', () => {
  it('a keystroke crosses as its patches in the reply and one doc:changed event, then two small save-state events', async () => {
    const { session, url, token } = await served();
    const sse = listen(url, token);
    await sse.connected;
    const before = session.current;
    const rev = session.info().revision;
    const patch = { op: 'replace', path: ['framework', 'components', 0, 'title', 'en', 'text'], value: 'Typed' } as const;

    const replyText = JSON.stringify(await call(url, token, 'applyChange', { label: 'edit', patches: [patch], baseRevision: rev }));
    const reply = (JSON.parse(replyText) as { value: DocUpdate }).value;
    expect(reply.revision).toBe(rev + 1);
    expect(reply.patches).toEqual([patch]);
    expect(reply).not.toHaveProperty('project');
    // The patches turn what the renderer had into what main has.
    expect(applyPatches(before, reply.patches!).result).toEqual(session.current);

    await sse.until(() => sse.events.some((e) => e.event === 'doc:saveState' && (JSON.parse(e.data) as ProjectInfo).saveState === 'saved'));
    const kinds = sse.events.map((e) => [e.event, e.event === 'doc:saveState' ? (JSON.parse(e.data) as ProjectInfo).saveState : (JSON.parse(e.data) as DocUpdate).revision]);
    expect(kinds).toEqual([['doc:changed', rev + 1], ['doc:saveState', 'saving'], ['doc:saveState', 'saved']]);
    expect(JSON.parse(sse.events[0].data)).toEqual(reply);
    // Every message of the keystroke together is a small fraction of the project (~200 kB).
    const bytes = replyText.length + sse.events.reduce((n, e) => n + e.data.length, 0);
    expect(bytes).toBeLessThan(4000);
    expect(JSON.stringify(session.current).length).toBeGreaterThan(100_000);
  });

  it('undo and redo reply with the patches that revert and reapply; opening another project says "fetch a snapshot"', async () => {
    const { session, url, token } = await served();
    const original = session.current;
    const rev = session.info().revision;
    await call(url, token, 'applyChange', { label: 'edit', patches: [{ op: 'remove', path: ['framework', 'components'], index: 1 }], baseRevision: rev });
    const edited = session.current;
    const undo = (await call(url, token, 'undo', {})).value;
    expect(undo.revision).toBe(rev + 2);
    expect(applyPatches(edited, undo.patches!).result).toEqual(original);
    const redo = (await call(url, token, 'redo', {})).value;
    expect(applyPatches(original, redo.patches!).result).toEqual(edited);

    const sse = listen(url, token);
    await sse.connected;
    await session.openBuiltin();
    await sse.until(() => sse.events.some((e) => e.event === 'doc:changed'));
    const opened = JSON.parse(sse.events.find((e) => e.event === 'doc:changed')!.data) as DocUpdate;
    expect(opened).toMatchObject({ revision: rev + 4, patches: null, info: { builtin: true } });
  });
});
