import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exporterFor } from '../../../electron/services/export/registry';
import { buildExportModel } from '../../../shared/export/buildModel';
import type { Project } from '../../../shared/model/project';

/**
 * The draft watermark, drawn once: one Form XObject of outlines per document, which every page
 * draws (as a marked artifact) behind its text. Read back as a reader and a printer would: the
 * pages show it (reddish pixels, pdftoppm), the text does not (pdftotext), and the file holds it once.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-watermark-'));
let project: Project;
const files: Record<'draft' | 'final', string> = { draft: '', final: '' };

beforeAll(async () => {
  project = await loadBuiltinEdition();
  for (const stage of ['draft', 'final'] as const) {
    const model = buildExportModel(project.framework, { layout: 'zh', paper: 'letter', stage, date: '2026-11-29' });
    files[stage] = path.join(dir, `${stage}.pdf`);
    writeFileSync(files[stage], await exporterFor('pdf').render(model));
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Share of a page's pixels tinted red (the watermark is light red; the text is black). */
function reddish(file: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '24', '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 1 << 24 });
  // Binary PPM (P6): the header's three lines, then RGB bytes.
  let at = 0;
  for (let lines = 0; lines < 3; at++) if (ppm[at] === 0x0a) lines++;
  let red = 0;
  let all = 0;
  for (let i = at; i + 2 < ppm.length; i += 3, all++) if (ppm[i] - ppm[i + 1] > 12 && ppm[i] - ppm[i + 2] > 6) red++;
  return red / all;
}

describe('draft watermark', () => {
  it('is one form XObject of outlines that every page of a draft draws as a marked /Artifact, and absent from a final', () => {
    const raw = readFileSync(files.draft).toString('latin1');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [files.draft], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(15);
    expect(raw.match(/\/Subtype \/Form/g)).toHaveLength(1);
    // Each page's resources name the same form.
    const refs = [...raw.matchAll(/\/Wm (\d+ \d+ R)/g)].map((m) => m[1]);
    expect(refs).toHaveLength(pages);
    expect(new Set(refs).size).toBe(1);
    for (const p of [1, 2, Math.ceil(pages / 2), pages]) expect(reddish(files.draft, p)).toBeGreaterThan(0.02);
    expect(readFileSync(files.final).toString('latin1')).not.toMatch(/\/Subtype \/Form/);
    expect(reddish(files.final, 1)).toBeLessThan(0.001);
    // Every page draws the form inside a marked-content sequence tagged as a watermark artifact
    // (read in the page content streams, which pdfkit compresses), so assistive technology and
    // tagged-text extraction skip it; nothing draws it unmarked.
    const streams = [...readFileSync(files.draft).toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
      } catch {
        return m[1];
      }
    });
    const draws = streams.flatMap((c) => [...c.matchAll(/\/Wm Do/g)].map((m) => c.slice(Math.max(0, m.index - 160), m.index + 6)));
    expect(draws).toHaveLength(pages);
    for (const draw of draws) expect(draw).toMatch(/\/Artifact\s*<<\s*\/Type\s*\/Pagination\s*\/Subtype\s*\/Watermark\s*>>\s*BDC\s+q[^Q]*\/Wm Do$/);
    expect(streams.filter((c) => c.includes('/Wm Do')).every((c) => /\/Wm Do\s+Q\s+EMC/.test(c))).toBe(true);
    // Extraction never sees it.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', files.draft, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('草稿 2026');
    expect(text.replace(/\s+/g, '')).not.toMatch(/草稿2026-11-29/);
  });
});
