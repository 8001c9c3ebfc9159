import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exporterFor } from '../../../electron/services/export/registry';
import { buildExportModel } from '../../../shared/export/buildModel';
import type { ExportLayout } from '../../../shared/export/types';

/**
 * English body text: justified in the flow, left-aligned in the narrow side-by-side columns (no
 * wide gaps between words), in the PDF (read back as laid out: where each line ends) and the .docx.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-align-'));
const pdfs: Partial<Record<ExportLayout, string>> = {};
const docxs: Partial<Record<ExportLayout, string>> = {};

beforeAll(async () => {
  const project = await loadBuiltinEdition();
  for (const layout of ['en', 'side-by-side'] as const) {
    const model = buildExportModel(project.framework, { layout, paper: 'a4', stage: 'final', date: '2026-11-29' });
    pdfs[layout] = path.join(dir, `${layout}.pdf`);
    writeFileSync(pdfs[layout]!, await exporterFor('pdf').render(model));
    docxs[layout] = path.join(dir, `${layout}.docx`);
    writeFileSync(docxs[layout]!, await exporterFor('docx').render(model));
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Right ends of the lines of English paragraphs of four lines or more on body pages 6-12, in the
 * column left of `limit` (pdftotext gives each line as a block: lines one under the other, at the
 * same left edge, are one paragraph).
 */
function lineEnds(file: string, limit: number): number[][] {
  const xml = execFileSync('pdftotext', ['-f', '6', '-l', '12', '-bbox-layout', file, '-'], { encoding: 'utf8' });
  const lines = [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ') }))
    .filter((l) => l.x0 < limit);
  const paragraphs: Array<typeof lines> = [];
  for (const l of lines) {
    const cur = paragraphs.at(-1);
    const prev = cur?.at(-1);
    if (prev && l.y0 - prev.y1 < 4 && l.y0 > prev.y0 && Math.abs(l.x0 - cur![0].x0) < 2) cur!.push(l);
    else paragraphs.push([l]);
  }
  return paragraphs.filter((p) => p.length >= 4 && !p.some((l) => /\p{Script=Han}/u.test(l.text))).map((p) => p.slice(0, -1).map((l) => l.x1));
}

/** Share of lines (last lines aside) ending within 1.5 pt of their paragraph's rightmost end: ~1 when justified. */
const flushShare = (blocks: number[][]) => {
  let flush = 0;
  let all = 0;
  for (const ends of blocks) {
    const right = Math.max(...ends);
    flush += ends.filter((x) => right - x < 1.5).length;
    all += ends.length;
  }
  return flush / all;
};

describe('English alignment', () => {
  it('PDF: justified in the flow, left-aligned in the side-by-side columns', () => {
    const flow = lineEnds(pdfs.en!, 1000);
    const narrow = lineEnds(pdfs['side-by-side']!, 200);
    expect(flow.length).toBeGreaterThan(5);
    expect(narrow.length).toBeGreaterThan(5);
    expect(flushShare(flow)).toBeGreaterThan(0.9);
    expect(flushShare(narrow)).toBeLessThan(0.5);
  });

  it('PDF: a justified line is stretched at its spaces only, so no gap opens inside "ASEAN-China" or before punctuation after a style change', async () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfs.en!, '-'], { encoding: 'utf8' });
    const source = JSON.stringify((await loadBuiltinEdition()).framework);
    // A letter, a hyphen, a space, a letter within a line: only where the edition itself has it
    // (two "ASEAN- China" in the published text). pdfmake's own spreading printed 39.
    const gaps = text.split('\n').flatMap((line) => line.match(/[A-Za-z]- [A-Za-z]+/g) ?? []);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(source, gap).toContain(gap);
    expect(text).not.toMatch(/Cooperation \./);
  });

  it('.docx: English body justified in the flow, never in the side-by-side columns', () => {
    const doc = (file: string) => execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const flow = doc(docxs.en!);
    expect(flow.match(/<w:jc w:val="both"\/>/g)?.length ?? 0).toBeGreaterThan(20);
    // Side by side: the English column's paragraphs (Latin text only) are never justified.
    const paragraphs = doc(docxs['side-by-side']!).split('</w:p>');
    const english = paragraphs.filter((p) => /<w:t[^>]*>[^<]*[A-Za-z]{4}/.test(p) && !/[\u4e00-\u9fff]/.test(p));
    expect(english.length).toBeGreaterThan(50);
    expect(english.filter((p) => /<w:jc w:val="both"\/>/.test(p) && (p.match(/<w:t[ >]/g)?.length ?? 0) > 0).length).toBe(0);
  });
});
