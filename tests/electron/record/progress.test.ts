import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { compareEventDates } from '../../../shared/record/eventDate';
import { componentOf } from '../../../shared/record/figures';
import { liveEvents } from '../../../shared/record/merge';
import { importProgressBytes, importProgressFile, progressRefusal } from '../../../electron/services/record/progressFiles';
import { buildTemplatePacket, buildTemplateWorkbook } from '../../../electron/services/record/progressTemplate';
import { writeSelfEvaluation } from '../../../electron/services/record/reportFiles';
import { ROOT, libreOfficeToPdf, pdfPages, readDocx } from '../export/readers';

const BUILTIN = path.join(ROOT, 'resources/editions/framework-2021-2025.json');
const SHEET = path.join(ROOT, 'tests/fixtures/record/events-2021-2025.csv');
const builtin = (): Project => ProjectSchema.parse(JSON.parse(readFileSync(BUILTIN, 'utf8')));
const tmp = () => mkdtempSync(path.join(tmpdir(), 'acec-record-'));

async function withSheet(): Promise<Project> {
  return (await importProgressFile(builtin(), SHEET)).project;
}

describe('importing progress reports', () => {
  it('imports the realistic sheet into the built-in edition; the same file again adds nothing', async () => {
    const first = await importProgressFile(builtin(), SHEET);
    expect(first.outcome.added).toBe(10);
    expect(first.refused.map((r) => [r.line, r.problem])).toEqual([[12, 'date-no-such-day'], [13, 'activity-unknown'], [14, 'date-no-such-day']]);
    const again = await importProgressFile(first.project, SHEET);
    expect(again.outcome.added).toBe(0);
    expect(JSON.stringify(again.project.record)).toBe(JSON.stringify(first.project.record));
  });

  it('reads a filled-in template (.xlsx): events, statuses, and the country that reported them', async () => {
    const project = builtin();
    const bytes = await buildTemplateWorkbook(project, 'KH', '2026-01-05T00:00:00.000Z');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const events = wb.getWorksheet('Events')!;
    events.addRow(['2022-11-15', 'Siem Reap, Cambodia', 'Workshop on Coastal Wetlands', '滨海湿地研讨会', '4', 'Activity 2-1', 'CAEC; MoE', '45', '']);
    events.addRow(['2022-11', 'Siem Reap, Cambodia', 'Bad row', '坏行', '9', 'Activity 1', '', '', '']);
    // A date typed into a cell not formatted as text becomes a spreadsheet date: still read.
    events.addRow([new Date(Date.UTC(2023, 2, 8)), 'Online', 'Webinar on Air Quality', '空气质量网络研讨会', '3', 'Activity 1-3', '', '120', '']);
    const activities = wb.getWorksheet('Activities')!;
    const header = activities.getRow(1).values as unknown[];
    const col2022 = header.indexOf('2022');
    activities.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === '4' && row.getCell(2).value === 'Activity 2-1') row.getCell(col2022).value = 'completed';
    });
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await importProgressBytes(project, 'KH-progress.xlsx', filled);
    expect(result.kind).toBe('xlsx');
    expect(result.outcome.added).toBe(2);
    expect(result.refused).toEqual([{ line: 3, problem: 'component-unknown', value: '9' }]);
    const kh = liveEvents(result.project.record);
    expect(kh.every((e) => e.reportingCountry === 'KH' && e.reportedBy.includes('KH'))).toBe(true);
    expect(kh.map((e) => e.date).sort()).toEqual(['2022-11-15', '2023-03-08']);
    expect(result.project.record.statuses).toEqual([expect.objectContaining({ year: 2022, status: 'completed', reporter: 'KH' })]);
    const again = await importProgressBytes(result.project, 'KH-progress.xlsx', filled);
    expect(again.outcome.added).toBe(0);
  });

  it("refuses another framework's template, and a damaged, altered or foreign packet, saying why", async () => {
    const project = await withSheet();
    const other = { ...project, framework: { ...project.framework, id: 'acec-2026-2030' } };
    const foreignXlsx = await buildTemplateWorkbook(other, 'TH', '2026-01-05T00:00:00.000Z');
    expect(progressRefusal(await importProgressBytes(project, 'th.xlsx', foreignXlsx).catch((e: unknown) => e))?.reason).toBe('other-framework');
    const packet = buildTemplatePacket(project, 'KH', '2026-01-05T00:00:00.000Z');
    const text = JSON.stringify(packet);
    const enc = (s: string) => new TextEncoder().encode(s);
    const ok = await importProgressBytes(builtin(), 'kh.acec-progress.json', enc(text));
    expect(ok.kind).toBe('packet');
    expect(ok.outcome.added).toBe(packet.events.length);
    const altered = JSON.stringify({ ...packet, country: 'TH' });
    const refusals = await Promise.all([
      [text.slice(0, text.length / 2), 'truncated'],
      [altered, 'hash-mismatch'],
      [JSON.stringify(buildTemplatePacket(other, 'KH', '2026-01-05T00:00:00.000Z')), 'other-framework'],
      ['{"kind":"acec-comment-packet"}', 'not-a-packet'],
    ].map(async ([body]) => {
      const e = await importProgressBytes(project, 'x.json', enc(body)).catch((err: unknown) => err);
      return progressRefusal(e)?.reason;
    }));
    expect(refusals).toEqual(['truncated', 'hash-mismatch', 'other-framework', 'not-a-packet']);
  });

  it('the template .xlsx reads back: a valid zip (unzip -t), the columns and the activity list (exceljs)', async () => {
    // LibreOffice Calc is not installed on this machine (only Writer), so the independent check is the zip itself.
    const dir = tmp();
    const file = path.join(dir, 'tpl.xlsx');
    writeFileSync(file, await buildTemplateWorkbook(await withSheet(), 'KH', '2026-01-05T00:00:00.000Z'));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    expect(execFileSync('unzip', ['-p', file, 'xl/workbook.xml'], { encoding: 'utf8' })).toMatch(/name="About"[^>]*state="veryHidden"|state="veryHidden"[^>]*name="About"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1).map((v) => String(v ?? '')) : []));
    const events = text('Events');
    expect(events[0]).toEqual(['date', 'place', 'title_en', 'title_zh', 'component', 'activity', 'organisers', 'participants', 'source']);
    expect(events.slice(1)).toEqual([['2021-11-23', 'Phnom Penh, Cambodia', 'Seminar on Marine Plastics and Microplastics', '海洋塑料和微塑料研讨会', '1', 'Activity 1-3', 'CAEC; Ministry of Environment Cambodia', '85', 'KH']]);
    const activities = text('Activities');
    expect(activities[0]).toEqual(['component', 'activity', 'text_en', 'text_zh', 'schedule', '2021', '2022', '2023', '2024', '2025']);
    expect(activities).toHaveLength(22);
  }, 60_000);
});

describe('the self-evaluation report', () => {
  it('lists every event in date order under its component, with the figures, in .docx and PDF', async () => {
    const project = await withSheet();
    const dir = tmp();
    const [docx, pdf] = await writeSelfEvaluation(project, { outDir: dir, year: null, formats: ['docx', 'pdf'], layout: 'bilingual', date: '2026-01-05' });
    const events = liveEvents(project.record).slice().sort((a, b) => compareEventDates(a.date, b.date));
    const units = readDocx(docx).units.join('\n');
    const pdfText = pdfPages(pdf, 'raw').join('\n').replace(/\s+/g, ' ');
    for (const component of project.framework.actionPlan.components) {
      const mine = events.filter((e) => componentOf(project.framework, e) === component.id);
      let at = units.indexOf(component.focus.en.text);
      expect(at, component.focus.en.text).toBeGreaterThan(-1);
      for (const e of mine) {
        const next = units.indexOf(e.title.en.text, at);
        expect(next, `${e.title.en.text} after the previous event of ${component.id}`).toBeGreaterThan(at);
        at = next;
        expect(pdfText).toContain(e.title.en.text.slice(0, 30));
        expect(units).toContain(e.title.zh.text);
      }
    }
    // Each event is listed once (under its component); an activity refers to its events by their numbers there.
    for (const e of events) {
      expect(units.split(e.title.en.text).length - 1, e.title.en.text).toBe(1);
      expect(pdfText.replace(/- /g, '-').split(e.title.en.text).length - 1, e.title.en.text).toBe(1); // a line may break after a hyphen
    }
    // Component 1's list: 1. Forum 2021, 2. the seminar, 3. Forum 2022; its Activity 1-2 held 1 and 3
    // (the bilingual layout prints the activity's English, then its Chinese, then what happened).
    expect(units).toMatch(/Activity 1-2: ASEAN-China Environmental Cooperation Forum \(including a ministerial dialogue\)\n[^\n]*\nPlanned schedule: [^\n]*Events held: nos\. 1, 3\./);
    expect(units).toContain('Component 2: nos. 3'); // the Green Envoys meeting, linked to no activity
    expect(pdfText).toContain('Events held: nos. 1, 3.');
    expect(units).toContain('10 events were recorded in 2021-2025, with 1,645 participants in all');
    expect(units).toContain('Green Envoys Program Alumni Meeting'); // unlinked, in its own section
    expect(pdfText).toContain('Events per year and component');
  }, 120_000);

  it('carries the dashboard\'s charts in the .docx as pictures (SVG with a PNG fallback) that Word and LibreOffice show', async () => {
    const project = await withSheet();
    const dir = tmp();
    const [docx] = await writeSelfEvaluation(project, { outDir: dir, year: null, formats: ['docx'], layout: 'zh', date: '2026-01-05' });
    // python-docx: four inline pictures, each with a PNG and an SVG part of those content types.
    const script = [
      'import docx,sys,json',
      'd=docx.Document(sys.argv[1])',
      'shapes=[(s.width.pt, s.height.pt) for s in d.inline_shapes]',
      'parts=sorted(p.content_type for p in d.part.package.iter_parts() if p.partname.startswith("/word/media/"))',
      'svgs=[p.blob.decode("utf8") for p in d.part.package.iter_parts() if p.content_type=="image/svg+xml"]',
      'alts=[e.get("descr") for e in d.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]',
      'print(json.dumps({"shapes":shapes,"parts":parts,"alts":alts,"svgText":sum(s.count("<text") for s in svgs),"svgPaths":min(s.count("<path") for s in svgs)}, ensure_ascii=False))',
    ].join('\n');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, docx], { encoding: 'utf8' })) as { shapes: [number, number][]; parts: string[]; alts: string[]; svgText: number; svgPaths: number };
    expect(read.shapes).toHaveLength(4);
    for (const [w, h] of read.shapes) {
      expect(w).toBeGreaterThan(300);
      expect(h).toBeGreaterThan(150);
    }
    expect(read.parts.filter((t) => t === 'image/png')).toHaveLength(4);
    expect(read.parts.filter((t) => t === 'image/svg+xml')).toHaveLength(4);
    // The SVGs carry their words as outlines: no font is needed to read them.
    expect(read.svgText).toBe(0);
    expect(read.svgPaths).toBeGreaterThan(10);
    // Each picture says what it shows, for a reader who cannot see it (here the Chinese layout's chart data).
    expect(read.alts.join('\n')).toContain('柬埔寨');
    // LibreOffice lays the pictures out: the PDF it makes holds them as images.
    const pdf = libreOfficeToPdf(docx, dir);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(images.length).toBeGreaterThanOrEqual(4);
    // Each PNG is the chart at twice its laid-out size (480 x 260 pt), as LibreOffice placed it.
    const drawn = images.map((l) => l.trim().split(/\s+/)).filter((c) => c[2] === 'image' && c[3] === '960' && c[4] === '520');
    expect(drawn.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('the one-year variant keeps only that year', async () => {
    const project = await withSheet();
    const [docx] = await writeSelfEvaluation(project, { outDir: tmp(), year: 2023, formats: ['docx'], layout: 'en', date: '2026-01-05' });
    const units = readDocx(docx).units.join('\n');
    expect(units).toContain('Annual Progress Report 2023');
    expect(units).toContain('ASEAN-China Coastal Cities Round-table');
    expect(units).not.toContain('ASEAN-China Environmental Cooperation Forum 2021');
  }, 60_000);
});

describe('npm run progress', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'electron/cli/progress.ts'), ...args], { encoding: 'utf8', timeout: 120_000 });

  it('imports with exit 1 when rows are refused, respects the lock, and exits 2 on bad usage', () => {
    const dir = tmp();
    const project = path.join(dir, 'p.json');
    copyFileSync(BUILTIN, project);
    const first = cli(['import', project, SHEET]);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('line 13: there is no “Activity 9-9” in that component of the action plan');
    expect(first.stdout).toContain('events imported: 10');
    expect(JSON.parse(readFileSync(project, 'utf8')).record.events).toHaveLength(10);
    writeFileSync(`${project}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    const locked = cli(['import', project, SHEET]);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toContain('open in another program');
    const usage = cli(['report', project, '--out', dir, '--format', 'odt']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format takes docx and/or pdf');
  }, 180_000);

  it('speaks Chinese with ACEC_LANG=zh: refused rows, the count, and the usage', () => {
    const dir = tmp();
    const project = path.join(dir, 'p.json');
    copyFileSync(BUILTIN, project);
    const zh = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'electron/cli/progress.ts'), ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ACEC_LANG: 'zh' } });
    const run = zh(['import', project, SHEET]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('第13行：行动计划该组成部分中没有“Activity 9-9”');
    expect(run.stdout).toContain('导入10项活动');
    const usage = zh(['report', project, '--out', dir, '--format', 'odt']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('用法：npm run progress -- import');
  }, 180_000);
});
