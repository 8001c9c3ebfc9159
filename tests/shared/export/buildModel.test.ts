import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../shared/export/buildModel';
import { runsText } from '../../../shared/export/emit';
import type { Block, ExportDocument, HeadingBlock, ParagraphBlock, TableBlock } from '../../../shared/export/types';
import type { BiText } from '../../../shared/model/bilingual';
import type { Framework } from '../../../shared/model/framework';
import { ProjectSchema } from '../../../shared/model/project';

const EDITION = fileURLToPath(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url));
const REFERENCE = fileURLToPath(new URL('../../fixtures/reference-2021-2025.txt', import.meta.url));
const builtin = (): Framework => ProjectSchema.parse(JSON.parse(readFileSync(EDITION, 'utf8'))).framework;

/** Every BiText of a value, to fill the Chinese whatever the translator has done so far. */
function eachBiText(value: unknown, fn: (b: BiText) => void): void {
  if (Array.isArray(value)) value.forEach((v) => eachBiText(v, fn));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o && 'zh' in o) fn(o as unknown as BiText);
    else Object.values(o).forEach((v) => eachBiText(v, fn));
  }
}
function withChinese(fw: Framework, text: (en: string) => string): Framework {
  eachBiText(fw, (b) => {
    b.zh = { text: b.en.text ? text(b.en.text) : '', status: 'draft' };
  });
  return fw;
}
function withoutChinese(fw: Framework): Framework {
  eachBiText(fw, (b) => {
    b.zh = { text: '', status: 'missing' };
  });
  return fw;
}

const body = (doc: ExportDocument): Block[] => doc.parts.find((p) => p.kind === 'body')!.blocks;
const headings = (doc: ExportDocument) => body(doc).filter((b): b is HeadingBlock => b.kind === 'heading');
const tables = (doc: ExportDocument) => body(doc).filter((b): b is TableBlock => b.kind === 'table');
const opts = { paper: 'a4', stage: 'final', date: '2026-11-29' } as const;

describe('export model: the published structure', () => {
  const doc = buildExportModel(builtin(), { layout: 'en', ...opts });

  it('lists the contents entries of the published edition, in order', () => {
    const lines = readFileSync(REFERENCE, 'utf8').split('\n');
    const start = lines.indexOf('Contents');
    const published = lines.slice(start + 1, lines.indexOf('1. Background')).filter((l) => l.trim()).map((l) => l.split('\t')[1].replace(/\s+/g, ' ').trim());
    const ours = headings(doc).filter((h) => h.toc).map((h) => [h.number, runsText(h.lines[0])].filter(Boolean).join(' '));
    expect(published).toHaveLength(19);
    // The contents page of the published edition has a space in "Action Plan (2011-2020)" that the annex title itself lacks.
    expect(ours).toEqual(published.map((l) => l.replace('Action Plan (2011-2020)', 'Action Plan(2011-2020)')));
  });

  it('builds the action plan with focus and action cells merged over their rows and a repeated header', () => {
    const [plan, annex] = tables(doc);
    expect(plan.role).toBe('actionPlan');
    expect(plan.headerRows).toBe(1);
    expect(plan.rows[0].map((c) => runsText(c!.content[0].runs))).toEqual(['Focus', 'Action', 'Activity', 'Schedule']);
    expect(plan.rows).toHaveLength(1 + 21);
    const focusSpans = plan.rows.map((r) => r[0]).filter((c) => c && c.rowSpan !== undefined).map((c) => c!.rowSpan);
    expect(focusSpans).toEqual([5, 7, 6, 3]);
    const actionSpans = plan.rows.slice(1).map((r) => r[1] ? (r[1].rowSpan ?? 1) : 0).filter((n) => n > 0);
    expect(actionSpans).toEqual([4, 1, 3, 2, 2, 3, 3, 1, 2]);
    // Covered positions are null, so each row holds exactly the cells that start there.
    expect(plan.rows[2]).toMatchObject([null, null, expect.anything(), expect.anything()]);
    expect(runsText(plan.rows[1][0]!.content[0].runs)).toBe('Component 1: Environmental policy dialogue and exchange');
    expect(runsText(plan.rows[1][2]!.content[0].runs)).toBe('Activity 1-1: ASEAN-China National Focal Point Meeting on Environmental Cooperation');
    // The published label spelling is kept ("Activity1-3").
    expect(plan.rows.some((r) => r[2] && runsText(r[2].content[0].runs).startsWith('Activity1-3: To implement'))).toBe(true);

    expect(annex.role).toBe('annex');
    const areaRows = annex.rows.filter((r) => r[0]?.colSpan === 3);
    expect(areaRows).toHaveLength(8);
    expect(annex.rows).toHaveLength(1 + 8 + 64);
  });

  it('keeps instrument titles in italics', () => {
    const para = body(doc).find((b): b is ParagraphBlock => b.kind === 'paragraph' && runsText(b.runs).includes('ASEAN Community Vision 2025'))!;
    expect(para.runs.find((r) => r.italic)?.text).toBe('the ASEAN Community Vision 2025');
  });

  it('puts the title and the publisher on the cover, and the short title in the running header', () => {
    const cover = doc.parts[0].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => runsText(b.runs));
    expect(cover.slice(0, 2)).toEqual(['Framework of ASEAN-China Environmental Cooperation Strategy and Action Plan 2021-2025', 'China-ASEAN Environmental Cooperation Center']);
    expect(cover).toContain('TEL: +86-10-82268221');
    expect(runsText(doc.header[0])).toBe('Framework of ASEAN-China Environmental Cooperation Strategy and Action Plan (2021-2025)');
    expect(doc.watermark).toBeNull();
    expect(buildExportModel(builtin(), { layout: 'en', ...opts, stage: 'draft' }).watermark).toBe('DRAFT 2026-11-29');
  });
});

describe('export model: layouts', () => {
  it('prints the English, muted, where the Chinese is missing in a Chinese-only export', () => {
    const doc = buildExportModel(withoutChinese(builtin()), { layout: 'zh', ...opts });
    const paras = body(doc).filter((b): b is ParagraphBlock => b.kind === 'paragraph');
    expect(paras.length).toBeGreaterThan(20);
    for (const p of paras) expect(p.runs.every((r) => r.fallback && r.lang === 'en')).toBe(true);
  });

  it('prints the Chinese with Chinese labels once it is written', () => {
    const doc = buildExportModel(withChinese(builtin(), (en) => `中文${en.length}`), { layout: 'zh', ...opts });
    const runs = body(doc).flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'list' ? b.items.flatMap((i) => i.runs) : []));
    expect(runs.some((r) => r.fallback)).toBe(false);
    expect(runs.every((r) => r.lang === 'zh')).toBe(true);
    const plan = tables(doc)[0];
    expect(runsText(plan.rows[1][0]!.content[0].runs)).toMatch(/^组成部分1：中文\d+$/);
    expect(runsText(plan.rows[1][2]!.content[0].runs)).toMatch(/^活动1-1：中文\d+$/);
    expect(headings(doc).find((h) => h.level === 3)!.number).toBe('组成部分1：');
    expect(doc.watermark).toBeNull();
    expect(buildExportModel(builtin(), { layout: 'zh', ...opts, stage: 'draft' }).watermark).toBe('草稿 2026-11-29');
  });

  it('bilingual: each block in English then in Chinese; an empty Chinese is left out', () => {
    const filled = buildExportModel(withChinese(builtin(), (en) => `中文${en.length}`), { layout: 'bilingual', ...opts });
    const paras = body(filled).filter((b): b is ParagraphBlock => b.kind === 'paragraph');
    expect(paras.length % 2).toBe(0);
    for (let i = 0; i < paras.length; i += 2) {
      expect([paras[i].lang, paras[i + 1].lang]).toEqual(['en', 'zh']);
      expect(runsText(paras[i + 1].runs)).toMatch(/^(\[\d\] )?中文\d+：?$/);
    }
    expect(headings(filled)[0].lines.map(runsText)).toEqual(['Background', '中文10']);
    expect(tables(filled)[0].rows[1][2]!.content.map((p) => p.lang)).toEqual(['en', 'zh']);

    const empty = buildExportModel(withoutChinese(builtin()), { layout: 'bilingual', ...opts });
    expect(body(empty).filter((b) => b.kind === 'paragraph').every((b) => (b as ParagraphBlock).lang === 'en')).toBe(true);
  });

  it('side by side: aligned rows, English left and Chinese right', () => {
    const doc = buildExportModel(withChinese(builtin(), (en) => `中文${en.length}`), { layout: 'side-by-side', ...opts });
    const parallels = body(doc).filter((b) => b.kind === 'parallel');
    expect(parallels.length).toBeGreaterThan(5);
    for (const p of parallels) {
      for (const row of p.rows) {
        expect(row.left.every((b) => (b.kind === 'paragraph' ? b.lang : b.items[0].lang) === 'en')).toBe(true);
        expect(row.right.every((b) => (b.kind === 'paragraph' ? b.lang : b.items[0].lang) === 'zh')).toBe(true);
        expect(row.left.length).toBe(1);
        expect(row.right.length).toBe(1);
      }
    }
    expect(body(doc).some((b) => b.kind === 'paragraph' || b.kind === 'list')).toBe(false);
  });

  it('does not let an empty action (no activities) swallow the next rows', () => {
    const fw = builtin();
    fw.actionPlan.components[0].actions[0].activities = [];
    const plan = tables(buildExportModel(fw, { layout: 'en', ...opts }))[0];
    expect(plan.rows[1][0]!.rowSpan).toBe(2);
    expect(plan.rows[1][1]!.rowSpan).toBeUndefined();
    expect(plan.rows[2][1]).not.toBeNull();
  });
});

describe('pre-flight', () => {
  it('counts untranslated fields in the chosen languages, not fields empty in both', async () => {
    const { preflight, refusal } = await import('../../../shared/export/preflight');
    const fw = withoutChinese(builtin());
    const en = preflight({ framework: fw, languages: ['en'] });
    expect(en.untranslatedCount).toBe(0);
    const zh = preflight({ framework: fw, languages: ['zh'] });
    expect(zh.untranslatedCount).toBeGreaterThan(300);
    expect(zh.untranslated[0]).toEqual({ elementId: '#metadata', field: 'title', lang: 'zh' });
    const filled = preflight({ framework: withChinese(builtin(), () => '中文'), languages: ['en', 'zh'] });
    expect(filled.untranslatedCount).toBe(0);
    expect(filled.draftCount).toBeGreaterThan(300);

    const blocked = preflight({ framework: fw, languages: ['en'], findings: [{ code: 'x', severity: 'error', waived: false }, { code: 'y', severity: 'error', waived: true }], unresolvedComments: 2 });
    expect(blocked).toMatchObject({ errorCount: 1, waivedErrorCount: 1, finalAllowed: false, unresolvedComments: 2 });
    expect(refusal(blocked, 'final')).toEqual({ code: 'final-blocked', errorCount: 1, unmet: ['noErrors', 'signOff'] });
    expect(refusal(blocked, 'draft')).toBeNull();
  });
});
