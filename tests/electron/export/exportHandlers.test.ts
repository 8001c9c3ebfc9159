import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers, type ShellHooks } from '../../../electron/services/handlers';
import { ProjectSession } from '../../../electron/services/projectSession';
import { fileHandlesOf } from '../../../electron/services/fileHandles';

/** The export methods through the contract, as the renderer reaches them (validation included). */

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function setup(hooks: ShellHooks = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-ipc-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 10 });
  sessions.push(session);
  const handlers = createHandlers(session, hooks);
  // As the transports call it: replies name files by handle and base name (publicFiles.ts).
  const call = (method: Parameters<typeof dispatch>[1], req: unknown) => dispatch(handlers, method, req, fileHandlesOf(session));
  return { dataDir, call };
}

const draft = { layout: 'en', paper: 'a4', stage: 'draft', date: '2026-11-29' };

describe('export methods', () => {
  it('browser build: writes into the data folder, and says opening is unsupported', async () => {
    const { dataDir, call } = await setup();
    const r = await call('exportDocument', { format: 'docx', options: draft });
    expect(r.ok).toBe(true);
    const ref = (r as { value: { file: { handle: string; name: string } } }).value.file;
    const name = 'framework-2021-2025-en-draft-2026-11-29.docx';
    expect(ref.name).toBe(name);
    const file = path.join(dataDir, 'exports', name);
    expect(existsSync(file)).toBe(true);
    expect(await call('exportOpen', { file: ref.handle })).toEqual({ ok: true, value: { done: false, reason: 'unsupported' } });
    expect(await call('exportShowInFolder', { file: ref.handle })).toEqual({ ok: true, value: { done: false, reason: 'unsupported' } });

    // The same name again: not written over unless the renderer says so (after asking the user).
    writeFileSync(file, 'kept');
    expect(await call('exportDocument', { format: 'docx', options: draft })).toMatchObject({ ok: false, problem: { code: 'export-exists', data: { name }, file: name } });
    expect(readFileSync(file, 'utf8')).toBe('kept');
    expect(await call('exportDocument', { format: 'docx', options: draft, overwrite: true })).toMatchObject({ ok: true, value: { file: ref } });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('desktop: exports where the user chose, adds a missing extension, opens and shows only exported files', async () => {
    const chosen = mkdtempSync(path.join(os.tmpdir(), 'acec-export-chosen-'));
    const opened: string[] = [];
    const shown: string[] = [];
    const { call } = await setup({
      pickExportTarget: async (name, format) => (name.endsWith(`.${format}`) ? path.join(chosen, 'my framework') : null),
      openPath: async (f) => void opened.push(f),
      showItemInFolder: (f) => void shown.push(f),
    });
    const r = await call('exportDocument', { format: 'pdf', options: { ...draft, layout: 'zh' } });
    expect(r).toMatchObject({ ok: true, value: { format: 'pdf', file: { name: 'my framework.pdf' } } });
    const { handle } = (r as { value: { file: { handle: string } } }).value.file;
    expect(await call('exportOpen', { file: handle })).toEqual({ ok: true, value: { done: true } });
    expect(await call('exportShowInFolder', { file: handle })).toEqual({ ok: true, value: { done: true } });
    expect(opened).toEqual([path.join(chosen, 'my framework.pdf')]);
    expect(shown).toEqual(opened);
    // A path is not a handle; a made-up handle was never minted.
    expect(await call('exportOpen', { file: '/etc/passwd' })).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    expect(await call('exportOpen', { file: `fh1.${'A'.repeat(32)}` })).toMatchObject({ ok: false, problem: { code: 'unknown-handle' } });
    expect(opened).toHaveLength(1);
  });

  it('refuses a target with another extension, reports a cancelled dialog, and validates options', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-bad-'));
    const { call: chose } = await setup({ pickExportTarget: async () => path.join(dir, 'project.json') });
    expect(await chose('exportDocument', { format: 'docx', options: draft })).toMatchObject({ ok: false, problem: { code: 'bad-target' } });
    expect(readdirSync(dir)).toEqual([]);
    const { call } = await setup({ pickExportTarget: async () => null });
    expect(await call('exportDocument', { format: 'docx', options: draft })).toMatchObject({ ok: false, problem: { code: 'cancelled' } });
    expect(await call('exportDocument', { format: 'odt', options: draft })).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    expect(await call('exportDocument', { format: 'pdf', options: { ...draft, layout: 'sideways' } })).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
  });

  it('refuses a final export of the built-in edition and reports the pre-flight', async () => {
    const { call } = await setup();
    const pre = await call('exportPreflight', { layout: 'bilingual' });
    expect(pre).toMatchObject({ ok: true, value: { errorCount: 1, finalAllowed: false, languages: ['en', 'zh'], unresolvedComments: 4 } });
    const gate = (pre as { value: { final: { items: Array<{ requirement: string; met: boolean; count: number; targets: unknown[] }> } } }).value.final;
    expect(gate.items.filter((i) => !i.met).map((i) => i.requirement)).toEqual(['noErrors', 'allApproved', 'noOpenComments', 'warningsAcknowledged', 'signOff']);
    expect(gate.items[0].targets).toEqual([{ elementId: 'ap-c2-a1-x1', field: 'schedule', lang: 'en', code: 'schedule-reversed' }]);
    expect(gate.items[2]).toMatchObject({ count: 4 });
    const r = await call('exportDocument', { format: 'docx', options: { ...draft, stage: 'final' } });
    expect(r).toMatchObject({ ok: false, problem: { code: 'final-blocked' } });
  });
});
