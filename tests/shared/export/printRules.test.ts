import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../shared/export/buildModel';
import { numberedLines, runsText } from '../../../shared/export/emit';
import { listMarker, markKeeps, typesetChineseRuns } from '../../../shared/export/typeset';
import type { Block, ExportDocument, ExportLayout, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../shared/export/types';
import type { Framework } from '../../../shared/model/framework';
import { ProjectSchema } from '../../../shared/model/project';

/**
 * The print rules the export model carries for both renderers: keep-with-next, "(continued)" on
 * merged cells, Chinese typesetting in the text, and the cover and properties per layout.
 */

const EDITION = fileURLToPath(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url));
const builtin = (): Framework => ProjectSchema.parse(JSON.parse(readFileSync(EDITION, 'utf8'))).framework;
const model = (layout: ExportLayout, stage: 'draft' | 'final' = 'draft'): ExportDocument => buildExportModel(builtin(), { layout, paper: 'a4', stage, date: '2026-11-29' });
const zh = (text: string, extra: Partial<Run> = {}): Run => ({ text, lang: 'zh', ...extra });

/** Every run list of a block tree with its paragraph language. */
function runLists(blocks: readonly Block[]): Array<{ lang: 'en' | 'zh'; runs: Run[] }> {
  const out: Array<{ lang: 'en' | 'zh'; runs: Run[] }> = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push({ lang: b.lang, runs: b.runs });
    else if (b.kind === 'list') for (const it of b.items) out.push({ lang: it.lang, runs: it.runs });
    else if (b.kind === 'heading') for (const l of b.lines) out.push({ lang: l[0]?.lang ?? 'en', runs: l });
    else if (b.kind === 'table') {
      for (const row of b.rows) for (const c of row) if (c) out.push(...runLists([...c.content, ...(c.continued ?? [])]));
    } else if (b.kind === 'parallel') for (const r of b.rows) out.push(...runLists([...r.left, ...r.right]));
  }
  return out;
}
const body = (doc: ExportDocument) => doc.parts.find((p) => p.kind === 'body')!.blocks;
const coverText = (doc: ExportDocument) => doc.parts[0].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => runsText(b.runs));

describe('Chinese typesetting in the model', () => {
  it('keeps a CJK–hyphen–CJK compound, a year range and a number with its unit on one line', () => {
    const runs = typesetChineseRuns([zh('第11次中国－东盟领导人会议于2023年举行，计划2021-2025年实施，完成30%。')]);
    expect(runs.filter((r) => r.keep).map((r) => r.text)).toEqual(['11次', '中国－东盟', '2023年', '2021-2025年', '30%']);
    expect(runsText(runs)).toBe('第11次中国－东盟领导人会议于2023年举行，计划2021-2025年实施，完成30%。');
  });

  it('keeps an English year range together and leaves other hyphens alone', () => {
    const runs = markKeeps([{ text: 'The 2021-2025 plan is well-known.', lang: 'en' }], 'en');
    expect(runs.filter((r) => r.keep).map((r) => r.text)).toEqual(['2021-2025']);
  });

  it('removes spaces beside full-width punctuation, also across runs, and sets Chinese upright', () => {
    const runs = typesetChineseRuns([zh('组成部分1：'), zh(' 环境政策 （ CAEC ） 对话'), zh('《2030年可持续发展议程》', { italic: true })]);
    expect(runsText(runs)).toBe('组成部分1：环境政策（CAEC）对话《2030年可持续发展议程》');
    expect(runs.some((r) => r.italic)).toBe(false);
  });

  it('writes Chinese list markers full-width', () => {
    expect(listMarker('(1)', 'zh')).toBe('（1）');
    expect(listMarker('(iv)', 'zh')).toBe('（iv）');
    expect(listMarker('(1)', 'en')).toBe('(1)');
  });

  it('puts no space after a full-width label separator in a Chinese heading', () => {
    const h = body(model('zh')).find((b): b is HeadingBlock => b.kind === 'heading' && b.level === 3)!;
    expect(runsText(numberedLines(h)[0])).toMatch(/^组成部分1：\S/);
  });

  it('leaves no italic run, no half-width list marker and no space after full-width punctuation in the Chinese layout', () => {
    const doc = model('zh');
    const lists = runLists(body(doc)).filter((x) => x.lang === 'zh');
    expect(lists.length).toBeGreaterThan(100);
    for (const { runs } of lists) {
      expect(runs.some((r) => r.italic)).toBe(false);
      expect(runsText(runs)).not.toMatch(/[\u3000-\u303f\uff01-\uff65] /u);
    }
    const markers = body(doc).filter((b): b is ListBlock => b.kind === 'list').flatMap((l) => l.items.map((i) => i.label));
    expect(markers.filter((m) => m.startsWith('('))).toEqual([]);
    expect(markers).toContain('（1）');
    const keeps = lists.flatMap((x) => x.runs.filter((r) => r.keep).map((r) => r.text));
    expect(keeps).toContain('中国－东盟');
    expect(keeps.some((k) => /^\d{4}-\d{4}年?$/.test(k))).toBe(true);
  });
});

describe('pagination hints', () => {
  it('marks every heading and the notes title keep-with-next', () => {
    for (const layout of ['en', 'side-by-side'] as const) {
      const blocks = body(model(layout));
      const headings = blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
      expect(headings.length).toBeGreaterThan(10);
      expect(headings.every((h) => h.keepWithNext)).toBe(true);
      const noteTitles = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'parallel' ? b.rows.flatMap((r) => [...r.left, ...r.right]) : [])).filter((p): p is ParagraphBlock => p.kind === 'paragraph' && p.style === 'noteTitle');
      expect(noteTitles.length).toBeGreaterThan(0);
      expect(noteTitles.every((p) => p.keepWithNext)).toBe(true);
    }
  });

  it('keeps each annex priority-area row with its first entry', () => {
    const annex = body(model('bilingual')).filter((b): b is TableBlock => b.kind === 'table' && b.role === 'annex')[0];
    expect(annex.keepWithNextRows.length).toBe(builtin().annex.areas.length);
    for (const r of annex.keepWithNextRows) {
      expect(annex.rows[r][0]?.colSpan).toBe(3);
      expect(annex.rows[r + 1][0]?.colSpan).toBeUndefined();
    }
  });

  it('gives merged Focus and Action cells their "(continued)" words in the document languages', () => {
    const plan = (layout: ExportLayout) => body(model(layout)).find((b): b is TableBlock => b.kind === 'table' && b.role === 'actionPlan')!;
    const merged = plan('side-by-side').rows.flatMap((row) => row.filter((c) => c?.rowSpan));
    expect(merged.length).toBeGreaterThan(4);
    for (const c of merged) expect(c!.continued?.length).toBe(2);
    const texts = merged.flatMap((c) => c!.continued!.map((p) => runsText(p.runs)));
    expect(texts).toContain('Component 2 (continued)');
    expect(texts).toContain('组成部分2（续）');
    expect(texts).toContain('Action 2 (continued)');
    expect(texts).toContain('行动2（续）');
    const zhOnly = plan('zh').rows.flatMap((row) => row.filter((c) => c?.rowSpan)).flatMap((c) => c!.continued!.map((p) => runsText(p.runs)));
    expect(zhOnly).toContain('组成部分1（续）');
    expect(zhOnly.some((t) => /continued/.test(t))).toBe(false);
  });
});

describe('cover and properties per layout', () => {
  it('English-only: no Chinese on the cover; properties in English', () => {
    const doc = model('en');
    const cover = coverText(doc).join('\n');
    expect(cover).not.toMatch(/\p{Script=Han}/u);
    expect(cover).toContain('Status: Draft');
    expect(cover).toContain('Edition: 2021-2025');
    expect(cover).toContain('Date: 29 November 2026');
    expect(doc.properties).toMatchObject({ language: 'en-GB', author: 'China-ASEAN Environmental Cooperation Center' });
    expect(doc.properties.title).toMatch(/^Framework of ASEAN-China/);
  });

  it('Chinese-only: no English on the cover (contacts aside); title, author and language in Chinese', () => {
    const doc = model('zh');
    const titlePage = doc.parts[0].blocks.slice(0, doc.parts[0].blocks.findIndex((b) => b.kind === 'pageBreak'));
    const text = titlePage.map((b) => (b.kind === 'paragraph' ? runsText(b.runs) : '')).join('\n');
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('状态：草案');
    expect(text).toContain('日期：2026年11月29日');
    expect(doc.properties).toMatchObject({ language: 'zh-CN', author: '中国－东盟环境保护合作中心' });
    expect(doc.properties.title).toMatch(/^中国－东盟环境合作战略/);
  });

  it('bilingual: one order (English, then Chinese) for the titles and the publisher', () => {
    for (const layout of ['bilingual', 'side-by-side'] as const) {
      const paras = model(layout).parts[0].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
      const order = (style: string) => paras.filter((p) => p.style === style).map((p) => p.lang);
      expect(order('coverTitle')).toEqual(['en', 'zh']);
      expect(order('coverSubtitle')).toEqual(['en', 'zh']);
    }
  });

  it('a final export carries the text\'s status on the cover', () => {
    const fw = builtin();
    fw.metadata.status = 'final';
    const doc = buildExportModel(fw, { layout: 'en', paper: 'a4', stage: 'final', date: '2026-11-29' });
    expect(coverText(doc).join('\n')).toContain('Status: Final');
    expect(doc.watermark).toBeNull();
  });
});
