import { describe, expect, it } from 'vitest';
import { type ElementRef } from '../../../shared/model/elements';
import { applyPatches, type Patch } from '../../../shared/model/patch/patch';
import { locateField, setTranslationStatus, shownStatus } from '../../../shared/model/operations/text';
import { makeQuote } from '../../../shared/review/anchors';
import { acceptSuggestion, addSuggestion, appliedText } from '../../../shared/review/operations';
import { preflight } from '../../../shared/export/preflight';
import { builtinProject, DARA } from './builtin';
import type { FieldTarget } from '../../../shared/review/bookmarks';
import type { SuggestionItem } from '../../../shared/review/model';
import type { TrackedSegment } from '../../../shared/review/trackedChanges';
import { trackedToSuggestions } from '../../../shared/review/trackedSuggestions';

/** Tracked changes of one field (as documentWalk reads them) → suggestions on exact words. */

const target: FieldTarget = { elementId: 'a1', field: 'text', lang: 'en' };
function fieldWith(text: string): Map<string, ElementRef> {
  return new Map([['a1', { fields: [{ name: 'text', value: { en: { text, status: 'draft' }, zh: { text: '', status: 'missing' } } }] } as unknown as ElementRef]]);
}
const same = (text: string): TrackedSegment => ({ kind: 'same', text });
const del = (text: string): TrackedSegment => ({ kind: 'del', text, author: 'Lan Pham', date: '2026-03-01T10:00:00Z' });
const ins = (text: string): TrackedSegment => ({ kind: 'ins', text, author: 'Lan Pham', date: '2026-03-01T10:00:00Z' });

function run(raw: string, segs: TrackedSegment[]) {
  return trackedToSuggestions(new Map([['bm', segs]]), new Map([['bm', target]]), fieldWith(raw), (d) => new Date(d).toISOString(), {});
}
const apply = (raw: string, s: SuggestionItem) => appliedText(raw, s);

describe('tracked changes as suggestions on exact words', () => {
  it('a deletion next to an insertion is one replacement of exactly those words', () => {
    const raw = 'Hold a round-table dialogue every year';
    const r = run(raw, [same('Hold a '), del('round-table dialogue'), ins('policy forum'), same(' every year')]);
    expect(r.unplaced).toEqual([]);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ author: { name: 'Lan Pham' }, anchor: { quote: { exact: 'round-table dialogue', prefix: 'Hold a ', suffix: ' every year' } }, replacement: 'policy forum' });
    expect(apply(raw, r.items[0])).toBe('Hold a policy forum every year');
  });

  it('an insertion alone quotes the word before it (or after it at the start), a deletion alone replaces with nothing', () => {
    const raw = 'Share data annually';
    const [afterWord] = run(raw, [same('Share'), ins(' open'), same(' data annually')]).items;
    expect(afterWord.anchor.quote!.exact).toBe('Share');
    expect(apply(raw, afterWord)).toBe('Share open data annually');
    const [atStart] = run(raw, [ins('Always '), same(raw)]).items;
    expect(apply(raw, atStart)).toBe('Always Share data annually');
    const [gone] = run(raw, [same('Share data'), del(' annually')]).items;
    expect(apply(raw, gone)).toBe('Share data');
  });

  it('works on Chinese characters and inside emphasis (quotes the stored text, markers kept)', () => {
    const zh = '举办中国—东盟环境合作圆桌对话';
    const [s] = run(zh, [same('举办中国—东盟环境合作'), del('圆桌对话'), ins('论坛')]).items;
    expect(apply(zh, s)).toBe('举办中国—东盟环境合作论坛');
    const raw = 'Under the *Strategy on Cooperation* in 2025';
    const [e] = run(raw, [same('Under the Strategy on '), del('Cooperation'), ins('Partnership'), same(' in 2025')]).items;
    expect(apply(raw, e)).toBe('Under the *Strategy on Partnership* in 2025');
  });

  it('lists what it cannot place, with the reason: words that differ, changes across an emphasis edge, fields it does not know', () => {
    expect(run('Current words', [same('Older '), del('words'), ins('text')]).unplaced).toMatchObject([{ reason: 'text-differs', text: 'words' }]);
    expect(run('the *Strategy* now', [same('the Strat'), del('egy now'), ins('a')]).unplaced).toMatchObject([{ reason: 'emphasis-boundary' }]);
    const unknown = trackedToSuggestions(new Map([['nope', [same('x'), ins('y')]]]), new Map(), new Map(), (d) => d, {});
    expect(unknown.unplaced).toMatchObject([{ reason: 'outside-field', text: 'y' }]);
  });

  it('accepting a suggestion whose words changed since says so, with the old and the new words', () => {
    const raw = 'Hold a round-table dialogue every year';
    const [s] = run(raw, [same('Hold a '), del('round-table dialogue'), ins('policy forum'), same(' every year')]).items;
    expect(() => apply('Hold a roundtable talk every year', s)).toThrow(expect.objectContaining({ code: 'text-changed', data: { oldText: 'round-table dialogue', currentText: 'roundtable talk' } }));
  });
});

describe('accepting a suggestion in one language', () => {
  it('leaves the other language, confirmed against the old text, needing review', () => {
    let p = builtinProject();
    const apply = (op: { patches: Patch[] }) => (p = applyPatches(p, op.patches).result);
    apply(setTranslationStatus(p, 'c1', 'title', 'zh', 'reviewed'));
    expect(shownStatus(locateField(p, 'c1', 'title').value, 'zh')).toBe('reviewed');
    const text = locateField(p, 'c1', 'title').value.en.text;
    const at = text.indexOf('policy dialogue');
    apply(addSuggestion(p, { id: 's1', author: DARA, now: '2026-02-01T00:00:00.000Z', body: '', anchor: { elementId: 'c1', field: 'title', lang: 'en', quote: makeQuote(text, at, at + 'policy dialogue'.length) }, replacement: 'policy forum' }));
    apply(acceptSuggestion(p, 's1', 'Secretariat', '2026-02-02T00:00:00.000Z'));
    const after = locateField(p, 'c1', 'title').value;
    expect(after.en.text).toBe(text.replace('policy dialogue', 'policy forum'));
    expect(shownStatus(after, 'zh')).toBe('stale'); // shown as "Needs review"
  });

  it('flags the other language as needing review whatever its status, and the export pre-flight names it', () => {
    let p = builtinProject();
    const apply = (op: { patches: Patch[] }) => (p = applyPatches(p, op.patches).result);
    apply(setTranslationStatus(p, 'c1', 'title', 'zh', 'draft'));
    const text = locateField(p, 'c1', 'title').value.en.text;
    const at = text.indexOf('policy dialogue');
    expect(preflight({ framework: p.framework, languages: ['en', 'zh'] }).needsReview).not.toContainEqual({ elementId: 'c1', field: 'title', lang: 'zh' });
    apply(addSuggestion(p, { id: 's1', author: DARA, now: '2026-02-01T00:00:00.000Z', body: '', anchor: { elementId: 'c1', field: 'title', lang: 'en', quote: makeQuote(text, at, at + 'policy dialogue'.length) }, replacement: 'policy forum' }));
    apply(acceptSuggestion(p, 's1', 'Secretariat', '2026-02-02T00:00:00.000Z'));
    expect(shownStatus(locateField(p, 'c1', 'title').value, 'zh')).toBe('stale');
    const both = preflight({ framework: p.framework, languages: ['en', 'zh'] });
    expect(both.needsReview).toContainEqual({ elementId: 'c1', field: 'title', lang: 'zh' });
    expect(both.needsReviewCount).toBe(both.needsReview.length);
    // An English-only export does not carry the Chinese, so it does not list it.
    expect(preflight({ framework: p.framework, languages: ['en'] }).needsReview).not.toContainEqual({ elementId: 'c1', field: 'title', lang: 'zh' });
  });
});
