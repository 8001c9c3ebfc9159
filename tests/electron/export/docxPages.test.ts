import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { renderDocx } from '../../../electron/services/export/docx/renderDocx';
import { buildExportModel } from '../../../shared/export/buildModel';
import { numberedLines, runsText } from '../../../shared/export/emit';
import { EXPORT_LAYOUTS, type ExportDocument, type ExportLayout, type Paper } from '../../../shared/export/types';
import type { Project } from '../../../shared/model/project';
import { compact, pdfPages, renderPages } from './readers';

/**
 * The Word export's pages as a reader sees them: every layout on A4 and Letter, converted by
 * LibreOffice (Word cannot run here; LibreOffice honours the same keep-with-next, widow and
 * row-break properties), read per page with pdftotext. No page but the last ends with a heading
 * or an annex group row, or has fewer than four lines of body text after the contents; no Chinese
 * line starts with closing punctuation; the Chinese layout has no italic run; the file's properties are in the
 * layout's language; every header's watermark shape has an id of its own.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-docx-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAPERS: Paper[] = ['a4', 'letter'];
let project: Project;
const models = new Map<string, ExportDocument>();
const files = new Map<string, string>();
const key = (layout: ExportLayout, paper: Paper) => `${layout}-${paper}`;

beforeAll(async () => {
  project = await loadBuiltinEdition();
  for (const layout of EXPORT_LAYOUTS) {
    for (const paper of PAPERS) {
      const model = buildExportModel(project.framework, { layout, paper, stage: 'final', date: '2026-11-29' });
      const file = path.join(dir, `${key(layout, paper)}.docx`);
      writeFileSync(file, await renderDocx(model));
      models.set(key(layout, paper), model);
      files.set(key(layout, paper), file);
    }
  }
  // One LibreOffice run converts them all.
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.values()], { encoding: 'utf8' });
}, 600_000);

/** The lines a page must not end with: every heading line, every annex group row. */
function strandable(model: ExportDocument): string[] {
  const out: string[] = [];
  for (const b of model.parts.flatMap((p) => p.blocks)) {
    if (b.kind === 'heading') out.push(...numberedLines(b).map(runsText));
    if (b.kind === 'table') for (const r of b.keepWithNextRows) for (const c of b.rows[r]) for (const p of c?.content ?? []) out.push(runsText(p.runs));
  }
  return out.map(compact).filter((s) => s.length >= 2);
}

/** The page's last lines of text: its page number (a line of digits) and blank lines left out. */
function lastLines(page: string, n: number): string[] {
  const lines = page.split('\n').map((l) => l.trim()).filter((l) => l && !/^\d+$/.test(l));
  return lines.slice(-n);
}

describe('Word export pages in LibreOffice, every layout and paper size', () => {
  it.each(EXPORT_LAYOUTS.flatMap((layout) => PAPERS.map((paper) => [layout, paper] as const)))('%s on %s: no page ends with a heading or an annex group row', (layout, paper) => {
    const pdf = path.join(dir, `${key(layout, paper)}.pdf`);
    const pages = pdfPages(pdf, 'plain');
    const bad = strandable(models.get(key(layout, paper))!);
    // Not vacuous: many pages, every heading and group row known.
    expect(pages.length).toBeGreaterThan(12);
    expect(bad.length).toBeGreaterThan(20);
    const stranded: string[] = [];
    pages.slice(0, -1).forEach((page, i) => {
      const [before, last] = lastLines(page, 2);
      const tail = compact(`${before ?? ''}${last ?? ''}`);
      const hit = bad.find((h) => compact(last ?? '') === h || (tail.endsWith(h) && h.length > compact(last ?? '').length));
      if (hit) stranded.push(`p.${i + 1}: ${last}`);
    });
    if (stranded.length) renderPages(pdf, `docx-${key(layout, paper)}-stranded`, stranded.map((s) => Number(s.slice(2, s.indexOf(':')))));
    expect(stranded).toEqual([]);
  });

  it.each(EXPORT_LAYOUTS.flatMap((layout) => PAPERS.map((paper) => [layout, paper] as const)))('%s on %s: no page after the contents but the last has fewer than four lines of body text', (layout, paper) => {
    const pdf = path.join(dir, `${key(layout, paper)}.pdf`);
    const pages = pdfPages(pdf, 'plain');
    const model = models.get(key(layout, paper))!;
    const header = new Set(model.header.map((line) => compact(runsText(line))));
    // The body starts on the page of its first heading's last appearance (the contents list it first).
    const first = model.parts.find((p) => p.kind === 'body')!.blocks.find((b) => b.kind === 'heading')!;
    const heading = compact(numberedLines(first as Extract<typeof first, { kind: 'heading' }>).map(runsText)[0]);
    const firstBody = pages.map((p) => compact(p).includes(heading)).lastIndexOf(true);
    expect(firstBody).toBeGreaterThan(0);
    const thin: string[] = [];
    for (let i = firstBody; i < pages.length - 1; i++) {
      const lines = pages[i].split('\n').map((l) => l.trim()).filter((l) => l && !/^\d+$/.test(l) && !header.has(compact(l)));
      if (lines.length < 4) thin.push(`p.${i + 1}: ${lines.length} line(s): ${lines.join(' | ')}`);
    }
    expect(thin).toEqual([]);
  });

  /** Lines with Chinese in them, of every page, as LibreOffice lays the .docx out. */
  const chineseLines = (layout: ExportLayout, paper: Paper): string[] =>
    pdfPages(path.join(dir, `${key(layout, paper)}.pdf`), 'plain')
      .flatMap((p) => p.split('\n'))
      .map((l) => l.trim())
      .filter((l) => /\p{Script=Han}/u.test(l));

  it.each(['zh', 'bilingual', 'side-by-side'] as const)('%s: no Chinese line starts with closing punctuation (A4 and Letter)', (layout) => {
    for (const paper of PAPERS) {
      const lines = chineseLines(layout, paper);
      expect(lines.length).toBeGreaterThan(150);
      expect(lines.filter((l) => /^[，。、；：！？）》」』】〕”’]/u.test(l))).toEqual([]);
    }
  });

  // Known to fail, and why: the .docx asks for it (settings.xml's Simplified Chinese
  // noLineBreaksBefore/After lists hold "－" and 年/月/日, as Word applies them; a keep run's ASCII
  // hyphens are w:noBreakHyphen), but LibreOffice does not apply a document's own kinsoku lists
  // and breaks between any two Chinese characters whatever is between them: tried 2026-12-04 with
  // U+2060 WORD JOINER, U+200D and U+FEFF between every character of a keep run ("2017年12月",
  // "中国－东盟"), and LibreOffice still started lines with "月", "年" and "－东盟". Word itself
  // cannot be run here. The test stays so that a LibreOffice that honours them shows it at once.
  it.fails.each(['zh', 'bilingual', 'side-by-side'] as const)('%s: no Chinese line starts with a hyphen or with 年/月/日 (LibreOffice ignores the kinsoku lists)', (layout) => {
    for (const paper of PAPERS) expect(chineseLines(layout, paper).filter((l) => /^[-－‐‑–年月日]/u.test(l))).toEqual([]);
  });

  it('the Chinese layout has no italic run', async () => {
    const xml = await (await JSZip.loadAsync(readFileSync(files.get(key('zh', 'a4'))!))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/<w:i\/>|<w:i w:val="(true|1)"\/>/);
  });

  it.each(EXPORT_LAYOUTS)('%s: the file\'s title, subject, author (the publisher) and language are in the layout\'s language', async (layout) => {
    const core = await (await JSZip.loadAsync(readFileSync(files.get(key(layout, 'a4'))!))).file('docProps/core.xml')!.async('string');
    const props = models.get(key(layout, 'a4'))!.properties;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(core).toContain(`<dc:title>${esc(props.title)}</dc:title>`);
    expect(core).toContain(`<dc:subject>${esc(props.subject)}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${esc(props.author)}</dc:creator>`);
    expect(core).toContain(`<dc:language>${props.language}</dc:language>`);
    const chinese = /[\u4e00-\u9fff]/;
    if (layout === 'zh') {
      expect(props.language).toBe('zh-CN');
      expect(props.title).toMatch(chinese);
      expect(props.author).toMatch(chinese);
    } else {
      expect(props.language).toBe('en-GB');
      expect(props.title).not.toMatch(chinese);
      expect(props.author).not.toMatch(chinese);
    }
  });

  it('a draft carries its watermark in every header, each shape with an id of its own', async () => {
    const model = buildExportModel(project.framework, { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-11-29' });
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const headers = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
    const ids: string[] = [];
    for (const name of headers) {
      const xml = await zip.file(name)!.async('string');
      ids.push(...[...xml.matchAll(/<v:shape [^>]*?\bid="([^"]+)"/g)].map((m) => m[1]));
    }
    expect(headers.length).toBeGreaterThanOrEqual(3);
    expect(ids).toHaveLength(headers.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
