import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFramework } from '../../../shared/checks/registry';
import { contentHash } from '../../../shared/review/seal';
import { listElements } from '../../../shared/model/elements';
import { buildThreads } from '../../../shared/review/threads';
import type { Project } from '../../../shared/model/project';

/**
 * Real readers of exported files (poppler's pdftotext/pdffonts/pdftoppm, Debian's python3-docx,
 * LibreOffice) and the published reference text, for the export verification tests.
 */

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts/export');
export const REFERENCE = path.join(ROOT, 'tests/fixtures/reference-2021-2025.txt');
/** Debian's python, which has python3-docx (a pyenv python on PATH may not). */
export const PYTHON = '/usr/bin/python3';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdftotext per page (`raw`: content-stream order; `layout`: as laid out on the page). */
export function pdfPages(file: string, mode: 'raw' | 'layout' | 'plain'): string[] {
  const flag = mode === 'plain' ? [] : [`-${mode}`];
  const pages = run('pdftotext', [...flag, '-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Each word of a page with its box (points, from the top left), as pdftotext -bbox gives them. */
export function pdfWordBoxes(file: string, page: number): Array<{ word: string; yMin: number; yMax: number }> {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']);
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ word: m[3], yMin: Number(m[1]), yMax: Number(m[2]) }));
}

export function pdfFonts(file: string): string {
  return run('pdffonts', [file]);
}

/** Render pages to PNG artifacts (tests/artifacts/export/<name>-<page>.png). */
export function renderPages(file: string, name: string, pages: number[], dpi = 70): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  return pages.map((p) => {
    const stem = path.join(ARTIFACTS, `${name}-p${p}`);
    run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', String(p), '-l', String(p), file, stem]);
    return `${stem}.png`;
  });
}

export interface DocxDump {
  units: string[];
  tables: Array<{ rows: string[][]; cellIndex: number[][] }>;
  cjk_runs: number;
  cjk_runs_without_east_asian_font: string[];
  default_east_asian_font: string | null;
}

export function readDocx(file: string): DocxDump {
  return JSON.parse(run(PYTHON, [path.join(ROOT, 'tests/electron/export/docxDump.py'), file])) as DocxDump;
}

/** Convert with LibreOffice headless (private profile); returns the PDF path. Throws with LibreOffice's output on failure. */
export function libreOfficeToPdf(file: string, outDir: string): string {
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file]);
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** Text without any whitespace: line wrapping and cell layout do not change it. */
export const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * The page texts of the body, furniture removed: the running-header lines wherever they are,
 * each page's number (the last line that is just that number: pdfmake writes the footer after the
 * page's content), and a table's header row where the table repeats it at the top of a page (a
 * reader skips it: a cell broken across the page reads on from its first part), an annex
 * priority-area row included.
 */
export function withoutFurniture(pages: readonly string[], headerLines: readonly string[]): string[] {
  const header = new Set(headerLines.map(compact));
  const tableHeads = ['Focus Action Activity Schedule', '组成部分 行动 活动 时间安排'].map(compact);
  let seen = new Set<string>();
  return pages.map((page, i) => {
    const lines = page.split('\n').filter((l) => !header.has(compact(l)));
    const number = String(i + 1);
    const last = lines.map((l) => l.trim()).lastIndexOf(number);
    if (last >= 0) lines.splice(last, 1);
    // An annex priority-area row is repeated at the top of a page its area goes on to, as a header.
    const heads = new Set(lines.map(compact).filter((l) => tableHeads.includes(l) || /^(PriorityArea(for)?:|优先领域：)/u.test(l)));
    const first = lines.findIndex((l) => l.trim());
    if (first >= 0 && seen.has(compact(lines[first]))) lines.splice(first, 1);
    seen = heads;
    return lines.join('\n');
  });
}

/**
 * The published text as units a reader checks one by one, in order: every heading, paragraph,
 * list item, action-plan cell, note, annex heading and annex row (cells joined), from
 * "1. Background" to the end. Emphasis markers are dropped; the running header is skipped.
 */
export function referenceUnits(): string[] {
  const lines = readFileSync(REFERENCE, 'utf8').split(/\r?\n/);
  const start = lines.indexOf('1. Background');
  const runningHeader = 'Framework of ASEAN-China Environmental Cooperation Strategy and Action Plan (2021-2025)';
  const units: string[] = [];
  let inPlan = false;
  for (const raw of lines.slice(start)) {
    const line = raw.replace(/<\/?i>/g, '').replace(/\*/g, '').replace(/^- /, '').trimEnd();
    if (!line.trim() || line === runningHeader) continue;
    if (line.startsWith('Focus\t')) inPlan = true;
    if (line === 'Note:') inPlan = false;
    if (inPlan) units.push(...line.split('\t').filter((c) => c.trim()));
    else units.push(line.split('\t').join(' '));
  }
  return units;
}

/**
 * Units of `expected` not found in `text` in order (each searched after the previous one). A unit
 * may also sit just before the previous one: the cells of a table row broken across pages are read
 * each page's part at a time, so a short cell (a schedule) comes out before the long cell it
 * follows (the activity, whose second part is on the next page).
 */
export function missingInOrder(expected: readonly string[], text: string): string[] {
  const hay = compact(text);
  const missing: string[] = [];
  let at = 0;
  let previous = 0;
  for (const unit of expected) {
    const needle = compact(unit);
    const found = hay.indexOf(needle, at);
    const before = hay.lastIndexOf(needle, previous - needle.length);
    if (before >= 0 && before + needle.length >= previous - 40 && (found < 0 || found - at > 40)) continue;
    if (found < 0) missing.push(unit);
    else {
      previous = found;
      at = found + needle.length;
    }
  }
  return missing;
}

/**
 * The project with its error-level findings waived "as published" (the 2021-2025 text prints a
 * reversed schedule, "2020-2015"), so that a final export (no watermark) is allowed.
 */
export function waiveErrors(project: Project): Project {
  const errors = checkFramework(project.framework).filter((f) => f.severity === 'error');
  return { ...project, waivers: [...project.waivers, ...errors.map((f) => ({ key: f.key, reason: 'as published', at: '2026-11-29T00:00:00Z' }))] };
}

/**
 * The built-in edition as a project whose final export the gate allows, for tests of what a final
 * looks like: its error waived, the project requiring nothing else (its own choice), and the
 * current text signed off.
 */
export function readyForFinal(project: Project): Project {
  const waived = waiveErrors(project);
  const signOff = { name: 'Test Signer', role: 'Secretariat', at: '2026-11-29T00:00:00Z', note: '', contentHash: contentHash(waived.framework), acknowledgedWarnings: [] };
  return { ...waived, final: { requirements: { noErrors: true, allApproved: false, noOpenComments: false, warningsAcknowledged: false, coverFinal: false }, signOffs: [signOff] } };
}

/**
 * The built-in edition as the secretariat would leave it before a final: its error waived, every
 * written field approved in both languages, every review thread resolved, the cover at Final.
 * (Warnings remain: they are acknowledged at sign-off.)
 */
export function meetFinalRequirements(project: Project): Project {
  const p = structuredClone(waiveErrors(project));
  for (const el of listElements(p.framework)) {
    for (const f of el.fields) {
      const node = f.path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], p) as Project['framework']['metadata']['title'];
      for (const lang of ['en', 'zh'] as const) if (node[lang].text.trim()) node[lang].status = 'approved';
    }
  }
  p.review.resolutions = buildThreads(p.review).map((t) => ({ itemId: t.root.id, resolved: true, by: 'Secretariat', updatedAt: '2026-11-29T00:00:00.000Z', rev: 1 }));
  p.framework.metadata.status = 'final';
  return p;
}

/**
 * The text lines of a page as a reader sees them, top to bottom, from pdftotext -bbox word boxes:
 * words of one baseline (within 2 pt) joined left to right, the running header (above `top`) and
 * the page number (below `bottom` from the page foot) left out. `columns` 2 reads a side-by-side
 * page as its two halves, each its own list of lines.
 */
export function pdfPageLines(file: string, page: number, columns: 1 | 2, top = 62, bottom = 40): string[][] {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']);
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const [w, h] = [Number(size[1]), Number(size[2])];
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[3]), text: m[4] }));
  const out: string[][] = [];
  for (let c = 0; c < columns; c++) {
    const mine = words.filter((wd) => wd.y > top && wd.y < h - bottom && (columns === 1 || (c === 0 ? wd.x < w / 2 : wd.x >= w / 2))).sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: Array<{ y: number; words: typeof mine }> = [];
    for (const wd of mine) {
      const line = lines.find((l) => Math.abs(l.y - wd.y) < 2);
      if (line) line.words.push(wd);
      else lines.push({ y: wd.y, words: [wd] });
    }
    out.push(lines.map((l) => l.words.sort((a, b) => a.x - b.x).map((wd) => wd.text).join(' ')));
  }
  return out;
}

/**
 * Body paragraphs cut by a page break with one line on a side: a page whose first line is the last
 * line of a paragraph begun on an earlier page (a widow: the line is a tail of the paragraph, not
 * all of it), or whose last line is the first line of a paragraph going on (an orphan: a head of
 * it). `paragraphs`: the body paragraphs' texts.
 */
export function widowsAndOrphans(pages: ReadonlyArray<ReadonlyArray<readonly string[]>>, paragraphs: readonly string[], label: string): string[] {
  const texts = paragraphs.map(compact).filter((t) => t.length > 0);
  const decode = (s: string) => compact(s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  const found: string[] = [];
  pages.forEach((columns, p) => {
    columns.forEach((lines, c) => {
      const where = `${label} p.${p + 1}${columns.length > 1 ? (c ? ' right' : ' left') : ''}`;
      const first = lines.length ? decode(lines[0]) : '';
      const last = lines.length ? decode(lines[lines.length - 1]) : '';
      if (first.length >= 2 && texts.some((t) => t.length > first.length && t.endsWith(first))) found.push(`${where} opens with a widow: ${lines[0]}`);
      // A paragraph's first line is a full line; a short line that merely starts like one (an annex
      // cell's "China") is not a paragraph's head.
      if (last.length >= 10 && texts.some((t) => t.length > last.length && t.startsWith(last))) found.push(`${where} ends with an orphan: ${lines[lines.length - 1]}`);
    });
  });
  return found;
}
