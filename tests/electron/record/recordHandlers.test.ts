import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { ProblemError } from '../../../shared/ipc/problem';
import { drafterSession } from '../review/session';
import { fileHandlesOf } from '../../../electron/services/fileHandles';
import type { ProjectSession } from '../../../electron/services/projectSession';

/** The path behind a written file's handle (what main would open or show). */
const pathOf = (s: ProjectSession, r: { file: { handle: string } }) => fileHandlesOf(s).resolve(r.file.handle, 'written');

const csv = readFileSync(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url));
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('the Implementation view over IPC (record:import, record:template, record:report)', () => {
  it('imports several files at once as one undoable change: each file says what it gave, a damaged one is refused with its reason', async () => {
    const s = await drafterSession();
    const h = createHandlers(s);
    const before = s.info().revision;
    const r = await h.importProgress({
      files: [
        { name: 'events.csv', base64: b64(csv) },
        { name: 'broken.acec-progress.json', base64: b64('{"kind":"acec-progress-packet","formatVersion":1,') },
        { name: 'again.csv', base64: b64(csv) },
      ],
    });
    expect(r.changed).toBe(true);
    const [first, broken, again] = r.files;
    expect(first).toMatchObject({ ok: true, kind: 'csv' });
    expect(first.ok && first.added).toBeGreaterThanOrEqual(10);
    // A row the file cannot give is reported with its line and reason; the rest is imported.
    expect(first.ok && first.refused.length).toBeGreaterThan(0);
    expect(first.ok && first.refused.every((x) => x.line > 1 && x.problem.length > 0)).toBe(true);
    expect(broken).toMatchObject({ ok: false, reason: 'truncated' });
    // The same file again adds nothing.
    expect(again).toMatchObject({ ok: true, added: 0 });
    expect(s.info().revision).toBe(before + 1);
    const events = s.current.record.events.length;
    expect(events).toBe(first.ok ? first.added : -1);
    // Undo takes the whole import back.
    s.undo();
    expect(s.current.record.events).toHaveLength(0);
    // Importing only what is known changes nothing and records no step.
    s.redo();
    const rev = s.info().revision;
    const none = await h.importProgress({ files: [{ name: 'events.csv', base64: b64(csv) }] });
    expect(none.changed).toBe(false);
    expect(s.info().revision).toBe(rev);
  });

  it('writes a country template (workbook and packet) and the report, refusing a year outside the period', async () => {
    const s = await drafterSession();
    const h = createHandlers(s);
    await h.importProgress({ files: [{ name: 'events.csv', base64: b64(csv) }] });
    const xlsx = await h.exportProgressTemplate({ country: 'KH', kind: 'xlsx' });
    expect(xlsx.file.name).toBe('acec-2021-2025-progress-KH.xlsx');
    expect(path.dirname(pathOf(s, xlsx))).toBe(path.join(s.dataDir, 'exports'));
    const packet = await h.exportProgressTemplate({ country: 'KH', kind: 'packet' });
    expect(JSON.parse(readFileSync(pathOf(s, packet), 'utf8'))).toMatchObject({ kind: 'acec-progress-packet', country: 'KH' });
    // The packet comes back in.
    const back = await h.importProgress({ files: [{ name: packet.file.name, base64: b64(readFileSync(pathOf(s, packet))) }] });
    expect(back.files[0]).toMatchObject({ ok: true, kind: 'packet' });
    const report = await h.exportSelfEvaluation({ format: 'docx', layout: 'en', year: 2023 });
    expect(report.file.name).toBe('acec-2021-2025-self-evaluation-2023-en.docx');
    expect(existsSync(pathOf(s, report))).toBe(true);
    await expect(h.exportSelfEvaluation({ format: 'pdf', layout: 'en', year: 2030 })).rejects.toMatchObject({ code: 'year-outside-period' });
    // A chosen file with the wrong extension is refused, not overwritten with a report.
    const chose = createHandlers(s, { pickRecordFile: async () => path.join(s.dataDir, 'x.docx') });
    await expect(chose.exportSelfEvaluation({ format: 'pdf', layout: 'en', year: null })).rejects.toBeInstanceOf(ProblemError);
    expect(existsSync(path.join(s.dataDir, 'x.docx'))).toBe(false);
  });

  it('the built-in edition is read-only: nothing is imported', async () => {
    const s = await drafterSession();
    await s.openBuiltin();
    const h = createHandlers(s);
    await expect(h.importProgress({ files: [{ name: 'events.csv', base64: b64(csv) }] })).rejects.toMatchObject({ code: 'read-only' });
  });
});
