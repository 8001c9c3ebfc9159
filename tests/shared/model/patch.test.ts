import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, applyPatches, type Patch } from '../../../shared/model/patch/patch';
import { EMPTY_HISTORY, MAX_UNDO, recordChange, type History } from '../../../shared/model/patch/history';

const doc = () => ({ a: { list: [1, 2, 3, 4], title: { en: 'x' } }, b: [{ id: 'p' }, { id: 'q' }] });

describe('patches', () => {
  it('replace, insert, remove and move produce new roots and leave the input untouched', () => {
    const d = doc();
    const frozen = JSON.stringify(d);
    const r1 = applyPatch(d, { op: 'replace', path: ['a', 'title', 'en'], value: 'y' });
    expect(r1.result.a.title.en).toBe('y');
    expect(r1.result.b).toBe(d.b); // structural sharing
    const r2 = applyPatch(d, { op: 'insert', path: ['a', 'list'], index: 1, value: 9 });
    expect(r2.result.a.list).toEqual([1, 9, 2, 3, 4]);
    const r3 = applyPatch(d, { op: 'remove', path: ['b'], index: 0 });
    expect(r3.result.b).toEqual([{ id: 'q' }]);
    const r4 = applyPatch(d, { op: 'move', path: ['a', 'list'], from: 0, to: 3 });
    expect(r4.result.a.list).toEqual([2, 3, 4, 1]);
    expect(JSON.stringify(d)).toBe(frozen);
  });

  it('refuses paths that do not fit the data', () => {
    expect(() => applyPatch(doc(), { op: 'replace', path: ['a', 'nope', 'x'], value: 1 })).toThrow(expect.objectContaining({ code: 'bad-patch', data: { path: 'a/nope' } }));
    expect(() => applyPatch(doc(), { op: 'remove', path: ['a', 'list'], index: 4 })).toThrow(/beyond length/);
    expect(() => applyPatch(doc(), { op: 'insert', path: ['a', 'title'], index: 0, value: 1 })).toThrow(/not an array/);
  });

  it('applying a list of patches and then its inverse gives back the original (property)', () => {
    const patchArb = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), index: fc.nat(10), value: fc.integer() }),
      fc.record({ op: fc.constant('remove' as const), index: fc.nat(10) }),
      fc.record({ op: fc.constant('move' as const), from: fc.nat(10), to: fc.nat(10) }),
      fc.record({ op: fc.constant('replace' as const), index: fc.nat(10), value: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 8 }), fc.array(patchArb, { maxLength: 12 }), (start, raw) => {
        let current = { items: start };
        const applied: Patch[] = [];
        for (const p of raw) {
          const n = current.items.length;
          let patch: Patch | null = null;
          if (p.op === 'insert') patch = { op: 'insert', path: ['items'], index: p.index % (n + 1), value: p.value };
          else if (n > 0 && p.op === 'remove') patch = { op: 'remove', path: ['items'], index: p.index % n };
          else if (n > 0 && p.op === 'move') patch = { op: 'move', path: ['items'], from: p.from % n, to: p.to % n };
          else if (n > 0 && p.op === 'replace') patch = { op: 'replace', path: ['items', p.index % n], value: p.value };
          if (patch) {
            current = applyPatch(current, patch).result;
            applied.push(patch);
          }
        }
        const { result, inverse } = applyPatches({ items: start }, applied);
        expect(result).toEqual(current);
        expect(applyPatches(result, inverse).result).toEqual({ items: start });
      }),
    );
  });

  it('history keeps at most MAX_UNDO changes and a new change clears redo', () => {
    let h: History = { ...EMPTY_HISTORY, redo: [{ label: 'r', forward: [], inverse: [] }] };
    for (let i = 0; i < MAX_UNDO + 5; i++) h = recordChange(h, { label: String(i), forward: [], inverse: [] });
    expect(h.undo).toHaveLength(MAX_UNDO);
    expect(h.undo[0].label).toBe('5');
    expect(h.redo).toEqual([]);
  });
});
