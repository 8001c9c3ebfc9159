import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject, preflightFor } from '../../../electron/services/export/exportService';
import { ProblemError } from '../../../shared/ipc/problem';
import { checkerFindings } from '../../../shared/export/checkFindings';
import { pdfFontFileNames, FONTS_DIR } from '../../../electron/services/export/fonts';
import type { Project } from '../../../shared/model/project';
import { ROOT, readyForFinal, waiveErrors } from './readers';

/** Pre-flight, refusal of final exports, atomic writes and the command line. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-service-'));
let builtin: Project;

beforeAll(async () => {
  builtin = await loadBuiltinEdition();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pre-flight and final exports', () => {
  it('counts error-level findings and refuses a final export until the gate allows it', async () => {
    const summary = preflightFor(builtin, { layout: 'en' }, checkerFindings);
    // The published text prints the schedule "2020-2015": the checker reports it as an error.
    expect(summary.errorCount).toBe(1);
    expect(summary.errors[0]).toMatchObject({ code: 'schedule-reversed', elementId: 'ap-c2-a1-x1', waived: false });
    expect(summary.finalAllowed).toBe(false);

    const target = path.join(dir, 'final.pdf');
    writeFileSync(target, 'an earlier export');
    const error = await exportProject(builtin, 'pdf', { layout: 'en', paper: 'a4', stage: 'final' }, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ code: 'final-blocked', data: { count: 4, unmet: 'noErrors, noOpenComments, warningsAcknowledged, signOff' }, file: target });
    expect(readFileSync(target, 'utf8')).toBe('an earlier export');

    // Waiving the error is not enough: the other requirements and the sign-off remain.
    const waived = waiveErrors(builtin);
    expect(preflightFor(waived, { layout: 'en' }, checkerFindings)).toMatchObject({ errorCount: 0, waivedErrorCount: 1, finalAllowed: false });
    const ready = readyForFinal(builtin);
    expect(preflightFor(ready, { layout: 'en' }, checkerFindings)).toMatchObject({ errorCount: 0, finalAllowed: true });
    const done = await exportProject(ready, 'docx', { layout: 'en', paper: 'a4', stage: 'final' }, path.join(dir, 'final.docx'));
    expect(readFileSync(done.file).subarray(0, 2).toString()).toBe('PK');
  });

  it('always allows a draft export', async () => {
    const result = await exportProject(builtin, 'docx', { layout: 'bilingual', paper: 'letter', stage: 'draft', date: '2026-11-29' }, path.join(dir, 'draft.docx'));
    expect(result.bytes).toBeGreaterThan(10_000);
    expect(preflightFor(builtin, { layout: 'bilingual' }, checkerFindings).finalAllowed).toBe(false);
  });

  it('counts untranslated and draft fields in the chosen languages only', () => {
    const empty: Project = structuredClone(builtin);
    empty.framework.sections[0].title.zh = { text: '', status: 'missing' };
    const en = preflightFor(empty, { layout: 'en' }, checkerFindings);
    const zh = preflightFor(empty, { layout: 'zh' }, checkerFindings);
    expect(en.untranslatedCount).toBe(preflightFor(builtin, { layout: 'en' }, checkerFindings).untranslatedCount);
    expect(zh.untranslatedCount).toBe(preflightFor(builtin, { layout: 'zh' }, checkerFindings).untranslatedCount + 1);
    expect(zh.untranslated).toContainEqual({ elementId: 's1', field: 'title', lang: 'zh' });
    expect(preflightFor(builtin, { layout: 'bilingual' }, checkerFindings).languages).toEqual(['en', 'zh']);
  });

  it('leaves no file behind when the target cannot be written', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const error = await exportProject(builtin, 'docx', { layout: 'en', paper: 'a4', stage: 'draft' }, path.join(blocker, 'out.docx')).catch((e: unknown) => e);
    expect((error as ProblemError).code).toBe('write-failed');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('ships exactly the font files the PDF uses', () => {
    const shipped = readdirSync(FONTS_DIR).filter((f) => f.endsWith('.ttf')).sort();
    expect(shipped).toEqual([...pdfFontFileNames()].sort());
  });
});

describe('npm run export', () => {
  // What `npm run export` runs: the launcher, which (re)builds the bundled command line when its sources changed.
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'electron/cli/exportCommand.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the requested formats, prints their paths and exits 0', () => {
    const out = path.join(dir, 'cli');
    const r = cli('--builtin', '--format', 'docx,pdf', '--layout', 'side-by-side', '--date', '2026-11-29', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const printed = r.stdout.trim().split('\n');
    expect(printed).toEqual([path.join(out, 'framework-2021-2025-side-by-side-draft-2026-11-29.docx'), path.join(out, 'framework-2021-2025-side-by-side-draft-2026-11-29.pdf')]);
    for (const f of printed) expect(existsSync(f)).toBe(true);
    expect(execFileSync('pdfinfo', [printed[1]], { encoding: 'utf8' })).toMatch(/Pages:\s+\d{2}/);
    // The same export again refuses to write over the files, unless --force.
    const before = readFileSync(printed[0]);
    const again = cli('--builtin', '--format', 'docx,pdf', '--layout', 'side-by-side', '--date', '2026-11-29', '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(printed[0]).equals(before)).toBe(true);
    const forced = cli('--builtin', '--format', 'docx', '--layout', 'side-by-side', '--date', '2026-11-29', '--out', out, '--force');
    expect(forced.status).toBe(0);
    // A project file's exports carry its own file name: they never take the built-in edition's.
    const mine = path.join(dir, 'my-draft.json');
    writeFileSync(mine, readFileSync(path.join(ROOT, 'resources/editions/framework-2021-2025.json')));
    const own = cli(mine, '--format', 'docx', '--layout', 'en', '--date', '2026-11-29', '--out', out);
    expect(own.stdout.trim()).toBe(path.join(out, 'my-draft-en-draft-2026-11-29.docx'));
  }, 60_000);

  it('exits non-zero and says why on a bad project, a bad option and a refused final export', () => {
    const bad = path.join(dir, 'broken.json');
    writeFileSync(bad, '{ "schemaVersion": 1, "framework": {} }');
    const r1 = cli(bad, '--out', dir);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain(bad);
    expect(r1.stderr).toContain('[load-invalid]');
    const missing = cli(path.join(dir, 'missing.json'), '--out', dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/\[load-io\] .*missing\.json cannot be read/);
    const r2 = cli('--builtin', '--layout', 'sideways', '--out', dir);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('unknown layout "sideways"');
    const r4 = cli('--builtin', '--date', '2026-02-30', '--out', dir);
    expect(r4.status).toBe(2);
    expect(r4.stderr).toContain('--date wants a day that exists, as YYYY-MM-DD, not "2026-02-30"');
    const r3 = cli('--builtin', '--final', '--format', 'docx', '--out', path.join(dir, 'refused'));
    expect(r3.status).toBe(3);
    expect(r3.stderr).toContain('a final export is refused');
    expect(existsSync(path.join(dir, 'refused')) ? readdirSync(path.join(dir, 'refused')).filter((n) => n.endsWith('.docx')) : []).toEqual([]);
  }, 60_000);
});
