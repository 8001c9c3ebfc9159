import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../../electron/services/export/pdf/renderPdf';
import type { ExportDocument } from '../../../shared/export/types';
import { pdfFonts, pdfPages } from './readers';

/**
 * Text inside an SVG figure (the self-evaluation report's charts) is set in the document's own
 * embedded faces (electron/services/export/pdf/svgFonts.ts): a reader can select and search it,
 * in both languages, on every export of the process, and the PDF embeds each face once.
 */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="260" viewBox="0 0 480 260">
  <rect x="40" y="40" width="120" height="160" fill="#5470c6"/>
  <text x="40" y="230" font-family="Serif" font-size="12">Workshops held 2024</text>
  <text x="240" y="230" font-family="SerifSC" font-size="12">研讨会数量</text>
  <text x="240" y="30" font-family="Serif" font-size="14" font-weight="bold">Events by country</text>
</svg>`;

const doc: ExportDocument = {
  layout: 'bilingual',
  languages: ['en', 'zh'],
  paper: 'a4',
  title: 'Chart fonts',
  properties: { title: 'Chart fonts', subject: '', author: '', language: 'en-GB', keywords: [] },
  header: [],
  watermark: null,
  parts: [
    {
      kind: 'body',
      blocks: [
        { kind: 'paragraph', style: 'body', lang: 'en', runs: [{ text: 'The figure below, ', lang: 'en' }, { text: 'in bold', lang: 'en', bold: true }, { text: '下图', lang: 'zh' }] },
        {
          kind: 'figure',
          svg: SVG,
          width: 480,
          height: 260,
          caption: [[{ text: 'Figure 1: Events', lang: 'en' }], [{ text: '图1：活动', lang: 'zh' }]],
          fallback: { kind: 'table', role: 'generic', widths: [1], headerRows: 0, rows: [], keepWithNextRows: [] },
        },
      ],
    },
  ],
};

describe('SVG text in a PDF', () => {
  it('is set in the embedded Noto faces, extractable in both languages, on a first and a second export', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-svg-fonts-'));
    // svg-to-pdfkit warns and keeps whatever face was current when it cannot open the one asked for.
    const warn = vi.spyOn(console, 'warn');
    for (const round of [1, 2]) {
      const file = path.join(dir, `chart-${round}.pdf`);
      writeFileSync(file, await renderPdf(doc));
      expect(warn.mock.calls.flat().join('\n')).not.toMatch(/font/i);
      const text = pdfPages(file, 'raw').join('\n');
      expect(text).toContain('Workshops held 2024');
      expect(text).toContain('研讨会数量');
      expect(text).toContain('Events by country');
      const fonts = pdfFonts(file).split('\n').slice(2).filter((l) => l.trim());
      const names = fonts.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
      expect(names.sort()).toEqual(['NotoSerif-Bold', 'NotoSerif-Regular', 'NotoSerifSC-Regular']);
      // Every face embedded (emb, sub: "yes yes"): nothing left to the reader's machine.
      for (const line of fonts) expect(line, line).toMatch(/yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
    }
    warn.mockRestore();
  }, 60_000);
});
