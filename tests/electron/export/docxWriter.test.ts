import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/export/docx/renderDocx';
import type { ExportDocument, ParagraphBlock, Run, TableCell } from '../../../shared/export/types';
import { libreOfficeToPdf, pdfPages, readDocx, type DocxDump } from './readers';

/**
 * The WordprocessingML writer on a document made to be awkward: text a drafter could paste
 * (markup characters, a control character, tabs and line breaks), tracked changes, and a table
 * merging cells across rows and columns at once. Read back by python-docx and LibreOffice.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-docx-writer-'));
const en = (text: string, extra: Partial<Run> = {}): Run => ({ text, lang: 'en', ...extra });
const zh = (text: string): Run => ({ text, lang: 'zh' });
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ content: [{ kind: 'paragraph', style: 'cell', lang: 'en', runs: [en(text)] }], ...extra });
const para = (runs: Run[]): ParagraphBlock => ({ kind: 'paragraph', style: 'body', lang: 'en', runs });

const PASTED = 'Fish & chips <b>"quoted"</b>\u0007 bell\ttab\nnext line';

const doc: ExportDocument = {
  layout: 'bilingual',
  languages: ['en', 'zh'],
  paper: 'letter',
  title: 'Awkward <document> & co',
  properties: { title: 'Awkward <document> & co', subject: 'Short title', author: 'Publisher & co', language: 'en-GB', keywords: [] },
  header: [[en('Short title')], [zh('简称')]],
  watermark: 'DRAFT 草稿 2026-11-29',
  parts: [
    { kind: 'cover', blocks: [para([en('Cover')])] },
    { kind: 'contents', blocks: [{ kind: 'toc', title: [[en('Contents')], [zh('目录')]] }] },
    {
      kind: 'body',
      blocks: [
        { kind: 'heading', level: 1, number: '1.', lines: [[en('First & foremost')], [zh('第一')]], toc: true, anchor: 's1', keepWithNext: true },
        para([en(PASTED)]),
        para([en('kept '), en('added', { change: 'ins' }), en('removed', { change: 'del' }), zh('新增'), en(' end')]),
        { kind: 'heading', level: 2, number: '1.1', lines: [[en('Second')]], toc: true, anchor: 's1-1', keepWithNext: true },
        {
          kind: 'table',
          role: 'generic',
          widths: [1, 1, 1, 1],
          headerRows: 1,
          keepWithNextRows: [],
          rows: [
            [cell('wide header', { colSpan: 2, shade: true }), null, cell('H3', { shade: true }), cell('H4', { shade: true })],
            [cell('tall', { rowSpan: 3 }), cell('block', { rowSpan: 2, colSpan: 2 }), null, cell('r1c4')],
            [null, null, null, cell('r2c4')],
            [null, cell('r3c2'), cell('r3c3'), cell('r3c4')],
          ],
        },
      ],
    },
  ],
};

let file: string;
let dump: DocxDump;
let documentXml: string;
let zip: JSZip;

beforeAll(async () => {
  file = path.join(dir, 'awkward.docx');
  writeFileSync(file, await renderDocx(doc));
  dump = readDocx(file);
  zip = await JSZip.loadAsync(await renderDocx(doc));
  documentXml = await zip.file('word/document.xml')!.async('string');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the .docx writer', () => {
  it('keeps pasted text as typed: markup characters, tabs and line breaks; drops what XML cannot carry', () => {
    expect(dump.units).toContain('Fish & chips <b>"quoted"</b> bell\ttab\nnext line');
  });

  it('writes insertions and deletions as tracked changes with unique ids', () => {
    // python-docx 0.8 reads only a paragraph's own runs: the changes' runs sit inside <w:ins>/<w:del>.
    expect(dump.units).toContain('kept 新增 end');
    const changes = [...documentXml.matchAll(/<w:(?:ins|del) [^>]*?w:id="(\d+)"/g)].map((m) => m[1]);
    const bookmarks = [...documentXml.matchAll(/<w:bookmarkStart [^>]*?w:id="(\d+)"/g)].map((m) => m[1]);
    expect(changes).toHaveLength(2);
    // Annotation ids are unique across kinds.
    expect(new Set([...changes, ...bookmarks]).size).toBe(changes.length + bookmarks.length);
    expect(documentXml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">removed<\/w:delText><\/w:r><\/w:del>/);
  });

  it('merges cells across rows and columns at once, as python-docx reads the grid', () => {
    const table = dump.tables.find((t) => t.rows[0][0] === 'wide header')!;
    expect(table.rows).toEqual([
      ['wide header', 'wide header', 'H3', 'H4'],
      ['tall', 'block', 'block', 'r1c4'],
      ['tall', 'block', 'block', 'r2c4'],
      ['tall', 'r3c2', 'r3c3', 'r3c4'],
    ]);
    expect(table.cellIndex[1][1]).toBe(table.cellIndex[2][2]);
    expect(table.cellIndex[1][0]).toBe(table.cellIndex[3][0]);
  });

  it('links every contents entry to the bookmark on its heading', () => {
    const anchors = [...documentXml.matchAll(/<w:hyperlink [^>]*?w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const bookmarks = [...documentXml.matchAll(/<w:bookmarkStart [^>]*?w:name="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(2);
    expect(anchors).toEqual(bookmarks);
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\h/);
  });

  it('sets Letter paper, the title property, and the Chinese line-breaking rules', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="12240" w:h="15840"[ />]/);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>Awkward &lt;document&gt; &amp; co</dc:title>');
    const settings = await zip.file('word/settings.xml')!.async('string');
    const noStart = settings.match(/<w:noLineBreaksBefore w:lang="zh-CN" w:val="([^"]*)"/)?.[1] ?? '';
    for (const c of '，。、；：！？）》」』】') expect(noStart).toContain(c);
    expect(dump.cjk_runs_without_east_asian_font).toEqual([]);
  });

  it('opens and converts in LibreOffice with every word in place', () => {
    const text = pdfPages(libreOfficeToPdf(file, dir), 'plain').join('\n');
    for (const words of ['First & foremost', '第一', 'Fish & chips <b>"quoted"</b>', 'next line', 'wide header', 'block', 'r3c4', 'Short title']) {
      expect(text).toContain(words);
    }
  }, 120_000);
});
