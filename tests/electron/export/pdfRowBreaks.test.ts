import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import type { ExportLayout, Paper } from '../../../shared/export/types';
import { compact, pdfWordBoxes, renderPages } from './readers';

/**
 * Action-plan rows taller than the space left break inside one language (English-only and
 * Chinese-only PDFs, A4 and Letter), read page by page as a reader sees them: pdftotext -bbox for
 * where the last line of a page sits, pdftotext -layout for what the next page opens with, and the
 * page drawn by pdftoppm for the rule closing the table at the page end. Before, such a row went
 * to the next page whole and left up to a fifth of the page empty (English Letter p.16: 132 pt).
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-row-breaks-'));
const LAYOUTS = ['en', 'zh'] as const satisfies readonly ExportLayout[];
/** Every layout: the check of the space left before a continuation covers all four. */
const ALL_LAYOUTS = ['en', 'zh', 'bilingual', 'side-by-side'] as const satisfies readonly ExportLayout[];
const PAPERS: Paper[] = ['a4', 'letter'];
/** The PDF's page margins (renderPdf.ts): the body runs between them. */
const MARGIN = { top: 68, bottom: 60, side: 62 };
/** At most this much of the body height may stay empty at the foot of a page the table goes on from. */
const MAX_EMPTY = 0.08;
const files = new Map<string, string>();
const key = (layout: string, paper: Paper) => `${layout}-${paper}`;

beforeAll(async () => {
  const project = await loadBuiltinEdition();
  for (const paper of PAPERS) {
    for (const layout of ALL_LAYOUTS) {
      const file = path.join(dir, `${key(layout, paper)}.pdf`);
      await exportProject(project, 'pdf', { layout, paper, stage: 'draft', date: '2026-11-29' }, file);
      files.set(key(layout, paper), file);
    }
  }
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pageText = (file: string, n: number) => run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']);
const pageHeight = (file: string) => Number(/Page size:\s+[\d.]+ x ([\d.]+)/.exec(run('pdfinfo', [file]))![1]);
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
const HEADER = /^(Focus\s+Action\s+Activity\s+Schedule|组成部分\s+行动\s+活动\s+时间安排)$/u;

/** The action plan's pages: those with its header row. */
const planPages = (file: string) => Array.from({ length: pageCount(file) }, (_, i) => i + 1).filter((n) => pageText(file, n).split('\n').some((l) => HEADER.test(l.trim())));

/** The two lines under the table's header row (one line per language) on page n (joined, spaces removed). */
function opening(file: string, n: number): string {
  const lines = pageText(file, n).split('\n').map((l) => l.trim()).filter(Boolean);
  let at = lines.findIndex((l) => HEADER.test(l));
  while (HEADER.test(lines[at + 1] ?? '')) at++;
  return compact(lines.slice(at + 1, at + 3).join(' '));
}

/** Where the last line of page n's body ends, and the share of the body left empty below it. */
function emptyFoot(file: string, n: number): { pt: number; share: number } {
  const bottom = pageHeight(file) - MARGIN.bottom;
  const last = Math.max(...pdfWordBoxes(file, n).filter((w) => w.yMin > MARGIN.top && w.yMax < bottom).map((w) => w.yMax));
  return { pt: bottom - last, share: (bottom - last) / (bottom - MARGIN.top) };
}

/** An annex priority-area row (English or Chinese line). */
const AREA = /^(Priority Area( for)?:|优先领域：)/u;

/** The page drawn in grey at 72 dpi (one pixel a point), as rows of 0-255 values. */
function greyPage(file: string, n: number): { width: number; rows: Uint8Array[] } {
  const stem = path.join(dir, `grey-${path.basename(file, '.pdf')}-${n}`);
  run('pdftoppm', ['-gray', '-r', '72', '-singlefile', '-f', String(n), '-l', String(n), file, stem]);
  const pgm = readFileSync(`${stem}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return { width, rows: Array.from({ length: height }, (_, y) => pgm.subarray(start + y * width, start + (y + 1) * width)) };
}

/** The y of the lowest rule drawn across the body's width (a row of grey pixels from margin to margin). */
function lowestRule(file: string, n: number): number {
  const { width, rows } = greyPage(file, n);
  const from = MARGIN.side + 4;
  const to = width - MARGIN.side - 4;
  for (let y = rows.length - 1; y >= 0; y--) {
    let dark = 0;
    for (let x = from; x < to; x++) if (rows[y][x] < 200) dark++;
    if (dark > 0.97 * (to - from)) return y;
  }
  return -1;
}

describe('action-plan rows break inside one language (en and zh, A4 and Letter)', () => {
  it('leaves no page the table goes on from with more than 8 % of its body empty, and the next page continues with "(continued)" (four layouts)', () => {
    const report: string[] = [];
    const failures: string[] = [];
    let broken = 0;
    for (const layout of ALL_LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const plan = planPages(file);
        expect(plan.length, `${layout} ${paper}: action-plan pages`).toBeGreaterThan(1);
        for (const n of plan.slice(0, -1)) {
          const next = opening(file, n + 1);
          // The table goes on inside a component: the merged cells say so, in the document's words.
          // (Bilingual and side by side: a page may open with either language's sub-row.)
          const en = layout !== 'zh' && /^Component\d+(?!:)/u.test(next) && next.includes('(continued)');
          const zh = layout !== 'en' && /^组成部分\d+(?!：)/u.test(next) && next.includes('（续）');
          const continues = en || zh;
          const opensComponent = (layout !== 'zh' && /^Component\d+:/u.test(next)) || (layout !== 'en' && /^组成部分\d+：/u.test(next));
          if (!continues && !opensComponent) failures.push(`${layout} ${paper} p.${n + 1} opens with neither a continued component nor a new one: ${next.slice(0, 60)}`);
          // A row broken across the page: what follows the merged cells' words is not a new activity or action.
          const rest = next.replace(/Component\d+|Action\d+|\(continued\)|组成部分\d+|行动\d+|（续）/gu, '');
          if (continues && !/^(Activity|活动|:|：)/u.test(rest)) broken++;
          const { pt, share: empty } = emptyFoot(file, n);
          report.push(`${layout} ${paper} p.${n}: ${pt.toFixed(0)} pt empty (${(empty * 100).toFixed(1)} %)${continues ? ', next page continues' : ''}`);
          if (continues && empty > MAX_EMPTY) failures.push(`${layout} ${paper} p.${n}: ${(empty * 100).toFixed(1)} % of the body empty before a continuation`);
        }
      }
    }
    console.log(report.join('\n'));
    expect(failures).toEqual([]);
    // The edition's plan has rows that break in every layout and paper size here.
    expect(broken).toBeGreaterThanOrEqual(ALL_LAYOUTS.length * PAPERS.length);
  }, 120_000);

  it('breaks annex rows taller than the space left: no page a priority area goes on from ends with more than 8 % of its body empty (four layouts)', () => {
    const report: string[] = [];
    const failures: string[] = [];
    let pages = 0;
    for (const layout of ALL_LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const texts = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1).split('\n').map((l) => l.trim()).filter(Boolean));
        // The annex: from its first priority-area row to the end.
        const start = texts.findIndex((lines) => lines.some((l) => AREA.test(l)));
        expect(start, `${layout} ${paper}: annex`).toBeGreaterThan(0);
        // The current area per language (bilingual layouts print its row in both).
        const area = { en: '', zh: '' };
        const lang = (l: string) => (/^优先领域/u.test(l) ? 'zh' : 'en');
        for (let i = start; i < texts.length - 1; i++) {
          // Each page repeats the area it goes on with (a group row keeps with its entries): the
          // next page goes on with this page's last area if it opens with it.
          for (const l of texts[i]) if (AREA.test(l)) area[lang(l)] = compact(l);
          const nextArea = texts[i + 1].find((l) => AREA.test(l));
          if (!nextArea || compact(nextArea) !== area[lang(nextArea)]) continue;
          pages++;
          const { pt, share } = emptyFoot(file, i + 1);
          report.push(`${layout} ${paper} p.${i + 1}: ${pt.toFixed(0)} pt empty (${(share * 100).toFixed(1)} %)`);
          if (share > MAX_EMPTY) failures.push(`${layout} ${paper} p.${i + 1}: ${(share * 100).toFixed(1)} % of the body empty before the priority area goes on`);
        }
      }
    }
    console.log(report.join('\n'));
    expect(failures).toEqual([]);
    expect(pages).toBeGreaterThan(8);
  }, 120_000);

  it('closes the table with a rule at every page end it goes on from, with no text below it', () => {
    const failures: string[] = [];
    for (const layout of LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const bottom = pageHeight(file) - MARGIN.bottom;
        for (const n of planPages(file).slice(0, -1)) {
          const rule = lowestRule(file, n);
          const below = pdfWordBoxes(file, n).filter((w) => w.yMin > rule - 1 && w.yMax < bottom);
          if (rule < 0) failures.push(`${layout} ${paper} p.${n}: no rule across the table at the page end`);
          else if (below.length) failures.push(`${layout} ${paper} p.${n}: text below the table's last rule (y ${rule}): ${below.map((w) => w.word).join(' ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('keeps PNGs of the action-plan pages, which used to end with up to a fifth of the page empty', () => {
    for (const layout of LAYOUTS) {
      for (const paper of PAPERS) {
        const file = files.get(key(layout, paper))!;
        const plan = planPages(file);
        expect(renderPages(file, `row-breaks-${layout}-${paper}`, plan)).toHaveLength(plan.length);
      }
    }
  }, 120_000);
});
