import { describe, expect, it } from 'vitest';
import { makeQuote } from '../../../shared/review/anchors';
import { openSuggestionsByField, redlineSegments } from '../../../shared/review/fieldRedline';
import { emptyReviewState, type ReviewState, type SuggestionItem } from '../../../shared/review/model';
import { DARA, LI } from './builtin';

const TEXT = 'Promote policy dialogue on environmental cooperation and policy dialogue on climate.';

function suggestion(id: string, start: number, end: number, replacement: string, extra: Partial<SuggestionItem> = {}): SuggestionItem {
  return {
    kind: 'suggestion',
    id,
    anchor: { elementId: 'c1', field: 'title', lang: 'en', quote: makeQuote(TEXT, start, end) },
    original: TEXT,
    replacement,
    author: DARA,
    body: '',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    rev: 0,
    deleted: false,
    ...extra,
  };
}

const second = TEXT.lastIndexOf('policy dialogue');

describe('the redline a field shows of its open suggestions', () => {
  it('strikes exactly the quoted words at their place (the second of two equal phrases) and keeps the rest plain', () => {
    const s = suggestion('s1', second, second + 'policy dialogue'.length, 'policy forum');
    const segments = redlineSegments(TEXT, [s]);
    expect(segments).toEqual([
      { kind: 'text', text: TEXT.slice(0, second) },
      { kind: 'suggestion', item: s, exact: 'policy dialogue', replacement: 'policy forum' },
      { kind: 'text', text: TEXT.slice(second + 'policy dialogue'.length) },
    ]);
  });

  it('places several in text order; one overlapping a suggestion already shown, or whose words are gone, is left out', () => {
    const late = suggestion('late', second, second + 6, 'regional');
    const early = suggestion('early', 0, 7, 'Advance');
    const overlapping = suggestion('overlap', second + 3, second + 15, 'x');
    const gone = { ...suggestion('gone', 0, 7, 'y'), anchor: { elementId: 'c1', field: 'title' as const, lang: 'en' as const, quote: { exact: 'Strengthen', prefix: '', suffix: ' policy' } } };
    const kinds = redlineSegments(TEXT, [late, early, overlapping, gone]).filter((s) => s.kind === 'suggestion');
    expect(kinds.map((s) => (s.kind === 'suggestion' ? s.item.id : ''))).toEqual(['early', 'late']);
  });

  it('a suggestion on the whole text (no quote) covers it all', () => {
    const whole = { ...suggestion('w', 0, 0, 'New title'), anchor: { elementId: 'c1', field: 'title' as const, lang: 'en' as const } };
    expect(redlineSegments(TEXT, [whole])).toEqual([{ kind: 'suggestion', item: whole, exact: TEXT, replacement: 'New title' }]);
  });

  it('lists only open suggestions, per field and language: resolved, withdrawn and comments are not shown', () => {
    const open = suggestion('open', 0, 7, 'Advance');
    const zh = { ...suggestion('zh', 0, 2, '推进', { author: LI }), anchor: { elementId: 'c1', field: 'title' as const, lang: 'zh' as const, quote: { exact: '促进', prefix: '', suffix: '' } } };
    const state: ReviewState = {
      ...emptyReviewState(),
      items: [
        open,
        zh,
        suggestion('resolved', 8, 14, 'x'),
        suggestion('withdrawn', 8, 14, 'y', { deleted: true }),
        { kind: 'comment', id: 'c', anchor: { elementId: 'c1', field: 'title', lang: 'en' }, author: DARA, body: 'A comment', createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', rev: 0, deleted: false },
      ],
      resolutions: [{ itemId: 'resolved', resolved: true, by: 'Drafter', updatedAt: '2026-12-02T00:00:00.000Z', rev: 0 }],
    };
    const byField = openSuggestionsByField(state);
    expect(byField.get('c1|title|en')?.map((s) => s.id)).toEqual(['open']);
    expect(byField.get('c1|title|zh')?.map((s) => s.id)).toEqual(['zh']);
    expect(byField.size).toBe(2);
  });
});
