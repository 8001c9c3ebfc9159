import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import type { ExportLayout } from '../../../shared/export/types';
import type { BiText } from '../../../shared/model/bilingual';
import type { Project } from '../../../shared/model/project';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { compact, missingInOrder, pdfFonts, pdfPages, referenceUnits, renderPages, readyForFinal, withoutFurniture } from './readers';

/**
 * The PDF read back with poppler, as a reader's tools see it: fonts embedded, text extractable in
 * both languages and in order, contents page numbers true, Chinese line breaking right.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-pdf-'));
let project: Project;
const files: Partial<Record<ExportLayout | 'zh-empty', string>> = {};

function clearChinese(value: unknown): void {
  if (Array.isArray(value)) value.forEach(clearChinese);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o && 'zh' in o) (o as unknown as BiText).zh = { text: '', status: 'missing' };
    else Object.values(o).forEach(clearChinese);
  }
}

beforeAll(async () => {
  project = readyForFinal(await loadBuiltinEdition());
  for (const layout of ['en', 'bilingual'] as const) {
    files[layout] = (await exportProject(project, 'pdf', { layout, paper: 'a4', stage: 'final' }, path.join(dir, `${layout}.pdf`))).file;
  }
  const empty = structuredClone(project);
  clearChinese(empty.framework);
  files['zh-empty'] = (await exportProject(empty, 'pdf', { layout: 'zh', paper: 'letter', stage: 'draft', date: '2026-11-29' }, path.join(dir, 'zh-empty.pdf'))).file;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Contents entries (first line of each, with its page number) and the page each heading is on. */
function contentsCheck(file: string) {
  const layout = pdfPages(file, 'layout');
  const raw = pdfPages(file, 'raw');
  const header = compact(project.framework.metadata.shortTitle.en.text);
  const firstBody = raw.findIndex((p, i) => i > 2 && compact(p).includes(header));
  const entries: Array<{ title: string; page: number }> = [];
  for (const page of layout.slice(2, firstBody)) {
    for (const line of page.split('\n')) {
      const m = /^\s*(\S.*?\S)\s{2,}(\d+)\s*$/.exec(line);
      if (m) entries.push({ title: m[1], page: Number(m[2]) });
    }
  }
  const found: Array<{ title: string; printed: number; actual: number }> = [];
  let from = firstBody;
  for (const e of entries) {
    const at = raw.findIndex((p, i) => i >= from && compact(p).includes(compact(e.title)));
    found.push({ title: e.title, printed: e.page, actual: at + 1 });
    if (at >= 0) from = at;
  }
  return { firstBody: firstBody + 1, found };
}

describe('PDF export read back with poppler', () => {
  it('embeds Noto Serif SC as a subset (pdffonts) and uses no unembedded font', () => {
    for (const file of [files.en!, files.bilingual!]) {
      const fonts = pdfFonts(file);
      // English-only prints no Chinese at all, not even on the cover.
      if (file === files.en) expect(fonts).not.toMatch(/NotoSerifSC/);
      else expect(fonts).toMatch(/[A-Z]{6}\+NotoSerifSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(fonts).toMatch(/[A-Z]{6}\+NotoSerif-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      const rows = fonts.split('\n').slice(2).filter((l) => l.trim());
      for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });

  it('gives back the English and the Chinese text (pdftotext)', () => {
    const text = compact(withoutFurniture(pdfPages(files.bilingual!, 'raw'), [project.framework.metadata.shortTitle.en.text, project.framework.metadata.shortTitle.zh.text]).join('\n'));
    const fw = project.framework;
    expect(text).toContain(compact(fw.metadata.title.zh.text));
    const first = fw.sections[0].blocks[0];
    if (first.type !== 'paragraph') throw new Error('the edition starts with a paragraph');
    expect(text).toContain(compact(stripInlineMarkup(first.text.en.text)));
    // Every Chinese paragraph of the edition that has been written comes back whole.
    const chinese = fw.sections.flatMap((s) => [...s.blocks, ...s.subsections.flatMap((x) => x.blocks)]).flatMap((b) => (b.type === 'paragraph' ? [b.text.zh.text] : [])).filter(Boolean);
    expect(chinese.length).toBeGreaterThan(0);
    for (const zh of chinese) expect(text).toContain(compact(stripInlineMarkup(zh)));
  });

  it('prints every reference paragraph, list item, table row and annex entry in order (English only)', () => {
    const units = referenceUnits();
    expect(units.length).toBeGreaterThan(200);
    const { firstBody } = contentsCheck(files.en!);
    const body = withoutFurniture(pdfPages(files.en!, 'raw'), [project.framework.metadata.shortTitle.en.text]).slice(firstBody - 1);
    expect(missingInOrder(units, body.join('\n'))).toEqual([]);
  });

  it('prints in the contents the page each heading is really on', () => {
    for (const file of [files.en!, files.bilingual!]) {
      const { found } = contentsCheck(file);
      expect(found).toHaveLength(19);
      expect(found.filter((f) => f.printed !== f.actual)).toEqual([]);
    }
  });

  it('never starts a line with Chinese closing punctuation', () => {
    const lines = pdfPages(files.bilingual!, 'plain').flatMap((p) => p.split('\n'));
    expect(lines.filter((l) => /[\u4e00-\u9fff]/.test(l)).length).toBeGreaterThan(100);
    expect(lines.filter((l) => /^\s*[，。、；：！？）》」』】〕”’]/.test(l))).toEqual([]);
  });

  it('exports with the Chinese still empty: the English stands in, on Letter paper, with the DRAFT mark', () => {
    const pages = pdfPages(files['zh-empty']!, 'raw');
    const text = compact(pages.join('\n'));
    expect(text).toContain(compact('In September 2015, the UN Sustainable Development Summit adopted'));
    // The watermark is drawn as outlines: extraction gives no watermark text; the cover says it is a draft.
    expect(text).not.toContain(compact('草稿 2026-11-29'));
    expect(text).toContain(compact('状态：草案'));
    const fonts = pdfFonts(files['zh-empty']!);
    expect(fonts).toContain('NotoSerifSC-Regular');
  });

  it('renders the first pages and the action plan as PNG artifacts', () => {
    for (const layout of ['en', 'bilingual'] as const) {
      const raw = pdfPages(files[layout]!, 'raw');
      const plan = raw.findIndex((p, i) => i > 3 && /Focus\s*\n?\s*(组成部分\s*\n?\s*)?Action/.test(p)) + 1;
      expect(plan).toBeGreaterThan(4);
      const pngs = renderPages(files[layout]!, `pdf-${layout}`, [1, 3, 4, plan, plan + 1]);
      expect(pngs).toHaveLength(5);
    }
  });
});
