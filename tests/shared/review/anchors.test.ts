import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexElements } from '../../../shared/model/elements';
import { applyPatches } from '../../../shared/model/patch/patch';
import { makeQuote, resolveAnchor, resolveQuote } from '../../../shared/review/anchors';
import { builtinProject } from './builtin';

const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'c', '，', '环'), maxLength: 40 });

describe('anchors: a quoted span is found again after edits', () => {
  it('survives any insertions and deletions outside the span', () => {
    fc.assert(
      fc.property(plain, plain, plain, fc.array(fc.tuple(fc.boolean(), fc.nat(), plain, fc.nat({ max: 5 })), { maxLength: 6 }), (before, exactTail, after, edits) => {
        const exact = `X${exactTail}`; // 'X' occurs only in the span, so the span is unique
        let a = before;
        let b = after;
        const quote = makeQuote(a + exact + b, a.length, a.length + exact.length);
        for (const [inBefore, at, ins, del] of edits) {
          const s = inBefore ? a : b;
          const i = at % (s.length + 1);
          const edited = s.slice(0, i) + ins + s.slice(i + del);
          if (inBefore) a = edited;
          else b = edited;
        }
        const r = resolveQuote(a + exact + b, quote);
        expect(r).toEqual({ status: 'found', start: a.length, end: a.length + exact.length });
      }),
      { numRuns: 500 },
    );
  });

  it('tells repeated words apart by their surroundings', () => {
    const text = 'Promote cooperation on marine plastics. Promote cooperation on air quality.';
    const second = text.lastIndexOf('Promote cooperation');
    const q = makeQuote(text, second, second + 'Promote cooperation'.length);
    const edited = `In 2026, ${text.replace('marine plastics', 'marine litter and plastics')}`;
    const r = resolveQuote(edited, q);
    expect(r.status).toBe('found');
    if (r.status === 'found') expect(edited.slice(r.end, r.end + 16)).toBe(' on air quality.');
  });

  it('reports "text changed" with the old and the new words when the span itself was rewritten', () => {
    const text = 'Strengthen capacity building on environmental impact assessment in the region.';
    const start = text.indexOf('environmental impact assessment');
    const q = makeQuote(text, start, start + 'environmental impact assessment'.length);
    const r = resolveQuote(text.replace('environmental impact assessment', 'strategic environmental assessment'), q);
    expect(r).toEqual({ status: 'text-changed', oldText: 'environmental impact assessment', currentText: 'strategic environmental assessment' });
  });
});

describe('anchors on the built-in edition', () => {
  it('keep pointing at an activity after it is moved and its text edited around the quote', () => {
    const project = builtinProject();
    const index = indexElements(project.framework);
    const act = [...index.values()].find((e) => e.kind === 'activity' && e.id === 'ap-c1-a1-x2') ?? [...index.values()].filter((e) => e.kind === 'activity')[1];
    const text = act.fields[0].value.en.text;
    const words = text.split(' ').slice(2, 5).join(' ');
    const start = text.indexOf(words);
    const anchor = { elementId: act.id, field: 'text' as const, lang: 'en' as const, quote: makeQuote(text, start, start + words.length) };
    const activitiesPath = act.path.slice(0, -1);
    const index0 = act.path[act.path.length - 1] as number;
    const { result } = applyPatches(project, [
      { op: 'move', path: activitiesPath, from: index0, to: 0 },
      { op: 'replace', path: [...activitiesPath, 0, 'text', 'en', 'text'], value: `Newly: ${text} (revised)` },
    ]);
    const r = resolveAnchor(anchor, indexElements(result.framework));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.text.slice(r.start, r.end)).toBe(words);
  });

  it('says the element is missing, rather than dropping the comment, when the element was deleted', () => {
    const project = builtinProject();
    const r = resolveAnchor({ elementId: 'no-such', field: 'text', lang: 'en' }, indexElements(project.framework));
    expect(r.status).toBe('element-missing');
  });
});
