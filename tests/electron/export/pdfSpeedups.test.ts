import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The PDF speed-ups (electron/services/export/pdf/speedups.ts: patches of private prototypes of
 * pdfmake, pdfkit and fontkit) change how fast a PDF is made, never what it prints: the built-in
 * edition rendered with them and without them (ACEC_PDF_SPEEDUPS=0, in a process of its own) has
 * the same number of pages and, page by page, the same text as pdftotext reads it; so has the
 * bilingual self-evaluation report of the edition with a record (tables, charts, Chinese and
 * English in one document). After an upgrade of one of those libraries this is the test that says
 * whether a patch broke.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-pdf-speedups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const editionScript = fileURLToPath(new URL('./renderBuiltinPdf.ts', import.meta.url));
const reportScript = fileURLToPath(new URL('./renderReportPdf.ts', import.meta.url));

/** `layout` of the edition, or 'report' for the self-evaluation report. */
function render(layout: string, speedups: boolean): { file: string; ms: number[] } {
  const file = path.join(dir, `${layout}-${speedups ? 'fast' : 'plain'}.pdf`);
  const args = layout === 'report' ? [reportScript, file] : [editionScript, file, layout];
  const out = execFileSync(process.execPath, ['--import', 'tsx', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ACEC_PDF_SPEEDUPS: speedups ? '1' : '0' },
  });
  return { file, ms: (JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number[] }).ms };
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, n: number) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });

describe('PDF speed-ups behind one switch', () => {
  it.each(['en', 'bilingual', 'side-by-side', 'report'])('%s: the same pages, read by pdftotext, with and without them', (layout) => {
    const fast = render(layout, true);
    const plain = render(layout, false);
    const pages = pageCount(plain.file);
    expect(pages).toBeGreaterThan(20);
    expect(pageCount(fast.file)).toBe(pages);
    const differing: number[] = [];
    for (let n = 1; n <= pages; n++) if (pageText(fast.file, n) !== pageText(plain.file, n)) differing.push(n);
    expect(differing, `pages that differ: ${differing.join(', ')}`).toEqual([]);
    const r = (x: number) => Math.round(x);
    console.log(`${layout === 'report' ? 'bilingual self-evaluation report' : `${layout} PDF, built-in edition`}: warm ${r(fast.ms[1])} ms with the speed-ups, ${r(plain.ms[1])} ms without (cold ${r(fast.ms[0])} / ${r(plain.ms[0])} ms)`);
  }, 300_000);
});
