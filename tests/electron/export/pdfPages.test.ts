import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import { buildExportModel } from '../../../shared/export/buildModel';
import { runsText } from '../../../shared/export/emit';
import type { ExportLayout, HeadingBlock, Paper } from '../../../shared/export/types';
import type { Project } from '../../../shared/model/project';
import { compact, missingInOrder, pdfFonts, pdfPages, referenceUnits, renderPages, withoutFurniture } from './readers';

/**
 * The draft PDF read page by page as a reader sees it (pdftotext -f N -l N, pdffonts, pdfinfo), in
 * all four layouts and both paper sizes: no page ends with a heading or an annex priority-area row,
 * Chinese lines never start with a hyphen or closing punctuation, Chinese is never italic, the
 * watermark never gets into the text, and the cover and properties follow the layout.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-pages-'));
const LAYOUTS: ExportLayout[] = ['en', 'zh', 'bilingual', 'side-by-side'];
const PAPERS: Paper[] = ['a4', 'letter'];
const files = new Map<string, string>();
let project: Project;
const key = (layout: ExportLayout, paper: Paper) => `${layout}-${paper}`;
const page = (file: string, n: number): string => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
const info = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(info(file))![1]);

beforeAll(async () => {
  project = await loadBuiltinEdition();
  for (const paper of PAPERS) {
    for (const layout of LAYOUTS) {
      const file = path.join(dir, `${key(layout, paper)}.pdf`);
      await exportProject(project, 'pdf', { layout, paper, stage: 'draft', date: '2026-11-29' }, file);
      files.set(key(layout, paper), file);
    }
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text lines of a page without the running header and the page number. */
function bodyLines(file: string, n: number, header: string[]): string[] {
  const skip = new Set(header.map(compact));
  return page(file, n)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !skip.has(compact(l)) && !/^\d+$/.test(l));
}

/** Headings (each language's line, with its number) and annex area rows of a layout, compacted. */
function strandable(layout: ExportLayout): Set<string> {
  const doc = buildExportModel(project.framework, { layout, paper: 'a4', stage: 'draft', date: '2026-11-29' });
  const out = new Set<string>();
  for (const b of doc.parts[2].blocks) {
    if (b.kind === 'heading') (b as HeadingBlock).lines.forEach((l) => out.add(compact(runsText(l))));
    if (b.kind === 'table' && b.role === 'annex') for (const r of b.keepWithNextRows) for (const p of b.rows[r][0]!.content) out.add(compact(runsText(p.runs)));
  }
  return out;
}

describe('PDF pages read one by one', () => {
  it('ends no page with a heading or an annex priority-area row (four layouts, A4 and Letter)', () => {
    const stranded: string[] = [];
    for (const layout of LAYOUTS) {
      const headings = strandable(layout);
      const header = [project.framework.metadata.shortTitle.en.text, project.framework.metadata.shortTitle.zh.text];
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const running = compact(layout === 'zh' ? header[1] : header[0]);
        const firstBody = pdfPages(file, 'raw').findIndex((p, i) => i > 1 && compact(p).includes(running)) + 1;
        expect(firstBody).toBeGreaterThan(2);
        for (let n = firstBody; n < pageCount(file); n++) {
          const lines = bodyLines(file, n, header);
          const last = compact(lines.at(-1) ?? '').replace(/^(?:\d+(?:\.\d+)*\.?|(?:Component|组成部分)\d+[:：])/u, '');
          // The last line is a heading's (or the end of one: a number and its title, side by side columns joined).
          if (headings.has(last)) stranded.push(`${layout} ${paper} p.${n}: ${lines.at(-1)}`);
        }
      }
    }
    expect(stranded).toEqual([]);
  }, 240_000);

  it('starts no line of a Chinese PDF with a hyphen or closing punctuation', () => {
    for (const paper of PAPERS) {
      const lines = pdfPages(files.get(key('zh', paper))!, 'plain').flatMap((p) => p.split('\n'));
      expect(lines.filter((l) => /[\u4e00-\u9fff]/.test(l)).length).toBeGreaterThan(200);
      expect(lines.filter((l) => /^\s*[-－‐‑–，。、；：！？）》」』】〕”’]/u.test(l))).toEqual([]);
    }
  });

  it('uses no italic face in the Chinese layout', () => {
    for (const paper of PAPERS) {
      const fonts = pdfFonts(files.get(key('zh', paper))!);
      expect(fonts).toContain('NotoSerifSC-Regular');
      expect(fonts).not.toMatch(/Italic/);
    }
  });

  it('gives every reference paragraph of a DRAFT back whole: the watermark is not text', () => {
    for (const paper of PAPERS) {
      const file = files.get(key('en', paper))!;
      const raw = withoutFurniture(pdfPages(file, 'raw'), [project.framework.metadata.shortTitle.en.text]);
      const text = raw.join('\n');
      expect(text).not.toMatch(/DRAFT/);
      const start = raw.findIndex((p, i) => i > 2 && /1\.\s*Background/.test(p));
      expect(missingInOrder(referenceUnits(), raw.slice(start).join('\n'))).toEqual([]);
    }
  });

  it('puts the layout language first on the cover and in the properties', () => {
    const cover = (layout: ExportLayout) => compact(page(files.get(key(layout, 'a4'))!, 1));
    expect(cover('en')).not.toMatch(/\p{Script=Han}/u);
    expect(cover('en')).toContain(compact('Status: Draft'));
    expect(cover('zh')).not.toMatch(/[A-Za-z]/);
    expect(cover('zh')).toContain('状态：草案');
    const bi = cover('bilingual');
    expect(bi.indexOf('Framework')).toBeLessThan(bi.indexOf('中国－东盟环境合作战略'));
    expect(bi.indexOf('China-ASEANEnvironmental')).toBeLessThan(bi.indexOf('中国－东盟环境保护合作中心'));
    const zh = info(files.get(key('zh', 'a4'))!);
    expect(zh).toMatch(/Title:\s+中国－东盟环境合作战略/);
    expect(zh).toMatch(/Author:\s+中国－东盟环境保护合作中心/);
    const en = info(files.get(key('en', 'letter'))!);
    expect(en).toMatch(/Title:\s+Framework of ASEAN-China/);
    expect(en).toMatch(/Author:\s+China-ASEAN Environmental Cooperation Center/);
    // The catalog's /Lang (pdfkit writes the catalog uncompressed).
    expect(readFileSync(files.get(key('zh', 'a4'))!, 'latin1')).toMatch(/\/Lang \(zh-CN\)/);
    expect(readFileSync(files.get(key('en', 'a4'))!, 'latin1')).toMatch(/\/Lang \(en-GB\)/);
  });

  it('keeps PNGs of the pages that used to break as artifacts', () => {
    const find = (file: string, rx: RegExp) => pdfPages(file, 'raw').findIndex((p, i) => i > 2 && rx.test(p)) + 1;
    const bi = files.get(key('bilingual', 'a4'))!;
    const sbs = files.get(key('side-by-side', 'a4'))!;
    const review = find(bi, /5\.4\s*Review and Evaluation/);
    const principles = find(sbs, /3\.1\s*Principles/);
    const funding = find(sbs, /5\.2\s*Funding/);
    const annex = find(sbs, /Priority Area for/);
    for (const n of [review, principles, funding, annex]) expect(n).toBeGreaterThan(2);
    expect(renderPages(bi, 'pages-bilingual', [review, review + 1])).toHaveLength(2);
    expect(renderPages(sbs, 'pages-side-by-side', [principles, funding, funding + 1, annex, annex + 1])).toHaveLength(5);
  });
});
