import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import { buildExportModel } from '../../../shared/export/buildModel';
import { runsText } from '../../../shared/export/emit';
import type { Block, ExportLayout, HeadingBlock, Paper } from '../../../shared/export/types';
import type { Project } from '../../../shared/model/project';
import { compact, missingInOrder, pdfFonts, pdfPageLines, pdfPages, referenceUnits, renderPages, widowsAndOrphans, withoutFurniture } from './readers';

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

/** What follows a number and must not open a line without it (shared/export/typeset.ts's units). */
const NUMBER_UNIT = /^(年|月|日|号|个|次|项|届|名|人|家|天|周|倍|万|亿|元|吨|公里|千米|米|%|％)/u;

/** A page's size in points (pdftotext crops in points at its default 72 dpi). */
const pageSize = (file: string): { w: number; h: number } => {
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info(file))!;
  return { w: Number(m[1]), h: Number(m[2]) };
};

/**
 * One column of a side-by-side page: the left (English) or right (Chinese) half, read alone, below
 * the running header (which spans both halves) and above the page number.
 */
const column = (file: string, n: number, side: 'left' | 'right'): string => {
  const { w, h } = pageSize(file);
  const x = side === 'left' ? 0 : Math.floor(w / 2);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), '-x', String(x), '-y', '62', '-W', String(Math.ceil(w / 2)), '-H', String(Math.ceil(h - 62 - 40)), file, '-'], { encoding: 'utf8' });
};

/** The text lines of a page (or of one column of it) without the running header and the page number. */
function bodyLines(file: string, n: number, header: string[], side?: 'left' | 'right'): string[] {
  const skip = new Set(header.map(compact));
  return (side ? column(file, n, side) : page(file, n))
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
          // Side by side: each column read alone (read across, the two languages' lines join into one
          // that is neither heading, and a heading stranded in one column would pass unseen).
          for (const side of layout === 'side-by-side' ? (['left', 'right'] as const) : [undefined]) {
            const lines = bodyLines(file, n, header, side);
            const last = compact(lines.at(-1) ?? '').replace(/^(?:\d+(?:\.\d+)*\.?|(?:Component|组成部分)\d+[:：])/u, '');
            if (headings.has(last)) stranded.push(`${layout} ${paper} p.${n}${side ? ` (${side})` : ''}: ${lines.at(-1)}`);
          }
        }
      }
    }
    expect(stranded).toEqual([]);
  }, 240_000);

  it('reads side-by-side p.13 (A4) by column: 3.1 Principles is not stranded, both columns carry text', () => {
    const file = files.get(key('side-by-side', 'a4'))!;
    const header = [project.framework.metadata.shortTitle.en.text, project.framework.metadata.shortTitle.zh.text];
    const left = bodyLines(file, 13, header, 'left');
    const right = bodyLines(file, 13, header, 'right');
    expect(left.length).toBeGreaterThan(10);
    expect(right.length).toBeGreaterThan(10);
    // Each column is its own language.
    expect(left.join(' ')).not.toMatch(/\p{Script=Han}{4}/u);
    expect(right.join('')).toMatch(/\p{Script=Han}{20}/u);
    for (const lines of [left, right]) expect(compact(lines.at(-1)!)).not.toMatch(/^(3\.1)?(Principles|原则)$/);
  });

  it('leaves no page after the contents, other than the last, with fewer than four lines of body text', () => {
    const thin: string[] = [];
    const header = [project.framework.metadata.shortTitle.en.text, project.framework.metadata.shortTitle.zh.text];
    for (const layout of LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const running = compact(layout === 'zh' ? header[1] : header[0]);
        const firstBody = pdfPages(file, 'raw').findIndex((p, i) => i > 1 && compact(p).includes(running)) + 1;
        for (let n = firstBody; n < pageCount(file); n++) {
          const lines = bodyLines(file, n, header);
          if (lines.length < 4) thin.push(`${layout} ${paper} p.${n}: ${lines.length} line(s): ${lines.join(' | ')}`);
        }
      }
    }
    expect(thin).toEqual([]);
  }, 240_000);

  it('opens and ends no page with a single line of a body paragraph or list item (four layouts, A4 and Letter)', () => {
    const found: string[] = [];
    for (const layout of LAYOUTS) {
      const doc = buildExportModel(project.framework, { layout, paper: 'a4', stage: 'draft', date: '2026-11-29' });
      const paragraphs: string[] = [];
      const collect = (b: Block): void => {
        if (b.kind === 'paragraph' && b.style === 'body') paragraphs.push(runsText(b.runs));
        if (b.kind === 'list') for (const item of b.items) paragraphs.push(item.label + runsText(item.runs));
        if (b.kind === 'parallel') for (const row of b.rows) [...row.left, ...row.right].forEach(collect);
      };
      doc.parts.flatMap((part) => part.blocks).forEach(collect);
      expect(paragraphs.length).toBeGreaterThan(50);
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const pages = Array.from({ length: pageCount(file) }, (_, i) => pdfPageLines(file, i + 1, layout === 'side-by-side' ? 2 : 1));
        found.push(...widowsAndOrphans(pages, paragraphs, `${layout} ${paper}`));
      }
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('continues the action plan on every page with "(continued)" in the merged cells or a new component, in both languages side by side', () => {
    const missing: string[] = [];
    let continued = 0;
    for (const layout of LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const isHeader = (l: string) => /^(Focus|Action|Activity|Schedule|组成部分|行动|活动|时间安排|\s)+$/u.test(l.trim().replace(/\s+/g, ' ')) && !/\d/.test(l);
        const plan = Array.from({ length: pageCount(file) }, (_, i) => ({ n: i + 1 })).filter(({ n }) => /(Focus|组成部分)\s+(Action|行动)\s+(Activity|活动)/u.test(page(file, n)));
        expect(plan.length, `${layout} ${paper}: action-plan pages`).toBeGreaterThan(1);
        for (const { n } of plan.slice(1)) {
          const lines = page(file, n).split('\n').map((l) => l.trim()).filter(Boolean);
          const at = lines.findIndex((l, i) => i > 0 && isHeader(l) && !isHeader(lines[i + 1] ?? 'x'));
          const first = lines[at + 1] ?? '';
          // Bilingual and side by side: a page opening with the English sub-row of a continued
          // component shows the Chinese sub-row's words too ("组成部分2（续）").
          const en = /^Component ?(\d+)\b/u.exec(first);
          if (layout !== 'en' && layout !== 'zh' && en && /\(continued\)/.test(lines.slice(at + 1, at + 3).join(' ')) && !compact(page(file, n)).includes(`组成部分${en[1]}（续）`)) {
            missing.push(`${layout} ${paper} p.${n}: Component ${en[1]} (continued) without 组成部分${en[1]}（续）`);
          }
          if (/\(continued\)|（续）/u.test(first)) continued++;
          else if (!/^(Component ?\d|组成部分\d)/u.test(first)) missing.push(`${layout} ${paper} p.${n}: ${first}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(continued).toBeGreaterThan(8);
  }, 120_000);

  it('starts no line of a Chinese PDF with a hyphen or closing punctuation, nor with the 年/月/日 or unit of a number', () => {
    for (const paper of PAPERS) {
      const lines = pdfPages(files.get(key('zh', paper))!, 'plain').flatMap((p) => p.split('\n'));
      expect(lines.filter((l) => /[\u4e00-\u9fff]/.test(l)).length).toBeGreaterThan(200);
      expect(lines.filter((l) => /^\s*[-－‐‑–，。、；：！？）》」』】〕”’]/u.test(l))).toEqual([]);
    }
    // A number and its 年/月/日 or unit on one line ("2023｜年" in the schedule column used to break):
    // read in content order (-raw), so a table cell's or a column's lines follow each other.
    const split: string[] = [];
    let numbers = 0;
    for (const layout of ['zh', 'bilingual', 'side-by-side'] as const) {
      for (const paper of PAPERS) {
        const lines = pdfPages(files.get(key(layout, paper))!, 'raw').flatMap((p) => p.split('\n')).map((l) => l.trim()).filter(Boolean);
        lines.forEach((line, i) => {
          if (/\d(年|月|日)/u.test(line)) numbers++;
          if (i > 0 && /\d$/.test(lines[i - 1]) && NUMBER_UNIT.test(line)) split.push(`${layout} ${paper}: ${lines[i - 1].slice(-10)}｜${line.slice(0, 10)}`);
        });
      }
    }
    expect(numbers).toBeGreaterThan(100);
    expect(split).toEqual([]);
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

  it('puts the layout language first on the cover and in the properties (four layouts)', () => {
    const cover = (layout: ExportLayout) => compact(page(files.get(key(layout, 'a4'))!, 1));
    expect(cover('en')).not.toMatch(/\p{Script=Han}/u);
    expect(cover('en')).toContain(compact('Status: Draft'));
    expect(cover('zh')).not.toMatch(/[A-Za-z]/);
    expect(cover('zh')).toContain('状态：草案');
    // Both bilingual layouts: English then Chinese, for the title and the publisher alike, with
    // the edition, status and date in both languages.
    for (const layout of ['bilingual', 'side-by-side'] as const) {
      const bi = cover(layout);
      expect(bi.indexOf('Framework'), layout).toBeGreaterThanOrEqual(0);
      expect(bi.indexOf('Framework'), layout).toBeLessThan(bi.indexOf('中国－东盟环境合作战略'));
      expect(bi.indexOf('中国－东盟环境合作战略'), layout).toBeLessThan(bi.indexOf('China-ASEANEnvironmental'));
      expect(bi.indexOf('China-ASEANEnvironmental'), layout).toBeLessThan(bi.indexOf('中国－东盟环境保护合作中心'));
      expect(bi, layout).toContain(compact('Status: Draft'));
      expect(bi, layout).toContain('状态：草案');
    }
    const sbs = info(files.get(key('side-by-side', 'a4'))!);
    expect(sbs).toMatch(/Title:\s+Framework of ASEAN-China/);
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
    // Body pages only: the contents pages list the same headings.
    const running = compact(project.framework.metadata.shortTitle.en.text);
    const find = (file: string, rx: RegExp) => {
      const pages = pdfPages(file, 'raw');
      const firstBody = pages.findIndex((p, i) => i > 1 && compact(p).includes(running));
      return pages.findIndex((p, i) => i >= firstBody && rx.test(p)) + 1;
    };
    const bi = files.get(key('bilingual', 'a4'))!;
    const sbs = files.get(key('side-by-side', 'a4'))!;
    const review = find(bi, /5\.4\s*Review and Evaluation/);
    const principles = find(sbs, /3\.1\s*Principles/);
    const funding = find(sbs, /5\.2\s*Funding/);
    const annex = find(sbs, /Priority Area for/);
    for (const n of [review, principles, funding, annex]) expect(n).toBeGreaterThan(2);
    expect(renderPages(bi, 'pages-bilingual', [review, review + 1])).toHaveLength(2);
    expect(renderPages(sbs, 'pages-side-by-side', [principles, funding, funding + 1, annex, annex + 1])).toHaveLength(5);
    // The action plan, whose rows used to leave a quarter of a page empty, spill merged cells below
    // the table and continue with empty Focus/Action cells: every page of it, in both layouts.
    for (const [file, name] of [[bi, 'pages-bilingual-plan'], [sbs, 'pages-side-by-side-plan']] as const) {
      const plan = Array.from({ length: pageCount(file) }, (_, i) => i + 1).filter((n) => /(Focus|组成部分)\s+(Action|行动)\s+(Activity|活动)/u.test(page(file, n)));
      expect(plan.length).toBeGreaterThan(3);
      expect(renderPages(file, name, plan)).toHaveLength(plan.length);
    }
    // pdftoppm on some twenty pages: over 30 s when the shared machine is loaded.
  }, 120_000);
});
