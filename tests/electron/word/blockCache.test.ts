import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { renderDocx } from '../../../electron/services/export/docx/renderDocx';
import { BlockCache } from '../../../electron/services/word/blockCache';
import { buildExportModel } from '../../../shared/export/buildModel';
import type { ExportDocument, ExportOptions } from '../../../shared/export/types';
import type { Framework } from '../../../shared/model/framework';
import { applyPatch, type Patch } from '../../../shared/model/patch/patch';

/**
 * The incremental .docx export (electron/services/word/blockCache.ts): through a sequence of
 * edits, layouts and papers, a render that reuses kept blocks writes the same package as a render
 * that builds every block, part for part and byte for byte; and it does reuse them (an edit of one
 * field builds only the blocks that field is in).
 *
 * The clock is fixed (the package's dates and the zip's times). Two things differ between any two
 * renders, cached or not, and are numbered in order before comparing: bookmark ids (the library
 * takes them from a process-wide counter) and the draft watermark's shape ids (random, the
 * library's). Headers are never cached, so their ids play no part in what is compared.
 */

let framework: Framework;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-29T09:30:00Z'));
  framework = (await loadBuiltinEdition()).framework;
});

afterAll(() => {
  vi.useRealTimers();
});

/** Ids the library draws afresh in every render, numbered in order of appearance (1, 2, …). */
function numberIds(xml: string): string {
  const ids = new Map<string, number>();
  const number = (id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return ids.get(id)!;
  };
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${number(id)}"`)
    .replace(/PowerPlusWaterMarkObject[\w-]+/g, (id) => `PowerPlusWaterMarkObject${number(id)}`);
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, numberIds(await zip.file(name)!.async('string')));
  return out;
}

async function expectSame(model: ExportDocument, cache: BlockCache): Promise<void> {
  const built = await parts(await renderDocx(model, { cache: null }));
  const kept = await parts(await renderDocx(model, { cache }));
  expect([...kept.keys()]).toEqual([...built.keys()]);
  for (const [name, xml] of built) expect(kept.get(name), name).toBe(xml);
}

const edit = (fw: Framework, patch: Patch): Framework => applyPatch(fw, patch).result;
const OPTIONS: ExportOptions = { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-11-29' };

describe('a cached .docx export', () => {
  it('is the uncached export, byte for byte, through edits, layouts and papers', async () => {
    const cache = new BlockCache();
    let fw = framework;
    const steps: Array<[string, () => void, Partial<ExportOptions>?]> = [
      ['first render', () => undefined],
      ['again, unchanged', () => undefined],
      ['an annex entry edited', () => (fw = edit(fw, { op: 'replace', path: ['annex', 'areas', 0, 'entries', 1, 'text', 'en', 'text'], value: 'Joint research & <training>, edited' }))],
      ['a component paragraph edited in Chinese', () => (fw = edit(fw, { op: 'replace', path: ['components', 0, 'paragraphs', 0, 'text', 'zh', 'text'], value: '合作研究，已修改。' }))],
      ['an annex entry removed (the labels after it change)', () => (fw = edit(fw, { op: 'remove', path: ['annex', 'areas', 0, 'entries'], index: 0 }))],
      ['an action-plan activity edited', () => (fw = edit(fw, { op: 'replace', path: ['actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'], value: 'An activity, edited' }))],
      ['side by side', () => undefined, { layout: 'side-by-side' }],
      ['a component paragraph edited, side by side', () => (fw = edit(fw, { op: 'replace', path: ['components', 1, 'paragraphs', 0, 'text', 'en', 'text'], value: 'Side by side, edited.' })), { layout: 'side-by-side' }],
      ['English only on Letter paper', () => undefined, { layout: 'en', paper: 'letter' }],
      ['bilingual again, a final', () => undefined, { stage: 'final' }],
    ];
    for (const [step, change, options] of steps) {
      change();
      await expectSame(buildExportModel(fw, { ...OPTIONS, ...options }), cache).catch((e: Error) => {
        throw new Error(`${step}: ${e.message}`);
      });
    }
  }, 120_000);

  it('builds only the blocks an edit touched', async () => {
    const cache = new BlockCache();
    await renderDocx(buildExportModel(framework, OPTIONS), { cache });
    const first = cache.last;
    expect(first.hits).toBe(0);
    expect(first.misses).toBeGreaterThan(100);

    await renderDocx(buildExportModel(framework, OPTIONS), { cache });
    // Every block kept: the top-level ones are found, none built.
    expect(cache.last.misses).toBe(0);
    expect(cache.last.hits).toBeGreaterThan(100);

    const edited = edit(framework, { op: 'replace', path: ['components', 0, 'paragraphs', 0, 'text', 'en', 'text'], value: 'Edited.' });
    await renderDocx(buildExportModel(edited, OPTIONS), { cache });
    // The edited English paragraph only (its Chinese neighbour is a block of its own, kept).
    expect(cache.last.misses).toBe(1);

    const annex = edit(framework, { op: 'replace', path: ['annex', 'areas', 0, 'entries', 1, 'place', 'en', 'text'], value: 'Nanning, China (edited)' });
    await renderDocx(buildExportModel(annex, OPTIONS), { cache });
    // The annex table is built again around its rows: the edited row with the paragraph that changed;
    // its other rows are kept.
    expect(cache.last.misses).toBeLessThanOrEqual(3);
    expect(cache.last.hits).toBeGreaterThan(100);
  }, 60_000);

  it('keeps only what the last few renders used', async () => {
    const cache = new BlockCache(2);
    let fw = framework;
    for (let i = 0; i < 6; i++) {
      fw = edit(fw, { op: 'replace', path: ['components', 0, 'paragraphs', 0, 'text', 'en', 'text'], value: `Edit ${i}` });
      await renderDocx(buildExportModel(fw, OPTIONS), { cache });
    }
    const steady = cache.last.entries;
    fw = edit(fw, { op: 'replace', path: ['components', 0, 'paragraphs', 0, 'text', 'en', 'text'], value: 'Edit 6' });
    await renderDocx(buildExportModel(fw, OPTIONS), { cache });
    // One new paragraph in, the one two renders old out: the cache does not grow with every edit.
    expect(cache.last.entries).toBe(steady);
  }, 60_000);
});
