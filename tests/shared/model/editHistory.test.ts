import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit, redoEdit, redoLabel, replaceDoc, startEditing, touch, undoEdit, undoLabel, type EditState,
} from '../../../shared/model/patch/editHistory';
import { MAX_UNDO } from '../../../shared/model/patch/history';
import { applyPatches } from '../../../shared/model/patch/patch';

type Doc = { items: number[]; title: string };
const doc = (): Doc => ({ items: [1, 2, 3], title: 'a' });
const setTitle = (title: string) => ({ label: 'title', patches: [{ op: 'replace' as const, path: ['title'], value: title }] });

describe('edit history', () => {
  it('an edit returns the new document, its patches and a revision one higher; the old state is untouched', () => {
    const s0 = startEditing(doc(), 7);
    const before = JSON.stringify(s0);
    const { state, patches } = applyEdit(s0, setTitle('b'));
    expect(state.doc.title).toBe('b');
    expect(state.doc.items).toBe(s0.doc.items); // untouched subtrees are shared
    expect(patches).toEqual([{ op: 'replace', path: ['title'], value: 'b' }]);
    expect(state.revision).toBe(8);
    expect(undoLabel(state)).toBe('title');
    expect(JSON.stringify(s0)).toBe(before);
  });

  it('refuses a stale base revision, a patch that does not fit, and a result the check rejects, changing nothing', () => {
    const s0 = startEditing(doc(), 3);
    expect(() => applyEdit(s0, { ...setTitle('b'), baseRevision: 2 })).toThrow(expect.objectContaining({ code: 'stale-revision', data: { revision: 3, baseRevision: 2 } }));
    expect(() => applyEdit(s0, { label: 'x', patches: [{ op: 'remove', path: ['items'], index: 9 }] })).toThrow(expect.objectContaining({ code: 'bad-patch' }));
    expect(() => applyEdit(s0, setTitle(''), (d) => {
      if (!d.title) throw new Error('empty title');
    })).toThrow('empty title');
    expect(applyEdit(s0, { ...setTitle('b'), baseRevision: 3 }).state.revision).toBe(4);
  });

  it('undo gives back the document before the edit, redo the one after, each with the patches to get there', () => {
    const s1 = applyEdit(startEditing(doc()), setTitle('b')).state;
    const u = undoEdit(s1)!;
    expect(u.state.doc).toEqual(doc());
    expect(u.patches).toEqual([{ op: 'replace', path: ['title'], value: 'a' }]);
    expect([undoLabel(u.state), redoLabel(u.state)]).toEqual([null, 'title']);
    const r = redoEdit(u.state)!;
    expect(r.state.doc).toEqual(s1.doc);
    expect(r.state.revision).toBe(s1.revision + 2);
    expect(undoEdit(startEditing(doc()))).toBeNull();
    expect(redoEdit(s1)).toBeNull();
  });

  it('a new edit after undo clears redo', () => {
    const s = undoEdit(applyEdit(startEditing(doc()), setTitle('b')).state)!.state;
    expect(redoLabel(applyEdit(s, setTitle('c')).state)).toBeNull();
  });

  it('typing with one coalesce key is one undo step; another key, an undo or no key starts a new one', () => {
    let s = startEditing(doc());
    for (const t of ['a1', 'a12', 'a123']) s = applyEdit(s, { ...setTitle(t), coalesce: 'title' }).state;
    expect(s.history.undo).toHaveLength(1);
    expect(undoEdit(s)!.state.doc.title).toBe('a');
    s = applyEdit(s, { label: 'items', patches: [{ op: 'insert', path: ['items'], index: 0, value: 0 }], coalesce: 'items' }).state;
    s = applyEdit(s, { ...setTitle('z'), coalesce: 'title' }).state;
    expect(s.history.undo).toHaveLength(3);
    s = applyEdit(s, setTitle('y')).state;
    s = applyEdit(s, setTitle('x')).state;
    expect(s.history.undo).toHaveLength(5);
    // After an undo, the same key does not extend the change that was undone into.
    const afterUndo = undoEdit(applyEdit(applyEdit(startEditing(doc()), { ...setTitle('q'), coalesce: 'k' }).state, { ...setTitle('r'), coalesce: 'k' }).state)!.state;
    expect(applyEdit(afterUndo, { ...setTitle('s'), coalesce: 'k' }).state.history.undo).toHaveLength(1);
  });

  it('keeps at most MAX_UNDO steps', () => {
    let s = startEditing(doc());
    for (let i = 0; i < MAX_UNDO + 3; i++) s = applyEdit(s, setTitle(String(i))).state;
    expect(s.history.undo).toHaveLength(MAX_UNDO);
  });

  it('a replaced document ends the history and sends no patches; touch moves the revision only', () => {
    const s1 = applyEdit(startEditing(doc()), setTitle('b')).state;
    const r = replaceDoc(s1, { items: [], title: 'new' });
    expect(r.patches).toBeNull();
    expect([r.state.revision, undoLabel(r.state), r.state.doc.title]).toEqual([s1.revision + 1, null, 'new']);
    const t = touch(s1);
    expect(t.patches).toEqual([]);
    expect(t.state.doc).toBe(s1.doc);
    expect(t.state.history).toBe(s1.history);
    expect(t.state.revision).toBe(s1.revision + 1);
  });

  it('any run of edits, undos and redos: revisions only go up, the patches reported turn each document into the next, undo∘redo is the identity', () => {
    type Op = { kind: 'edit'; index: number; value: number; coalesce: boolean } | { kind: 'insert'; value: number } | { kind: 'undo' } | { kind: 'redo' };
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), index: fc.nat(20), value: fc.integer(), coalesce: fc.boolean() }),
      fc.record({ kind: fc.constant('insert' as const), value: fc.integer() }),
      fc.constant({ kind: 'undo' as const }),
      fc.constant({ kind: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let s: EditState<Doc> = startEditing(doc());
        for (const op of ops) {
          let step;
          if (op.kind === 'undo') step = undoEdit(s);
          else if (op.kind === 'redo') step = redoEdit(s);
          else if (op.kind === 'insert') step = applyEdit(s, { label: 'insert', patches: [{ op: 'insert', path: ['items'], index: 0, value: op.value }] });
          else step = applyEdit(s, { label: 'edit', patches: [{ op: 'replace', path: ['items', op.index % s.doc.items.length], value: op.value }], coalesce: op.coalesce ? 'items' : undefined });
          if (!step) continue;
          expect(step.state.revision).toBe(s.revision + 1);
          expect(applyPatches(s.doc, step.patches!).result).toEqual(step.state.doc);
          const undone = undoEdit(step.state);
          if (undone) expect(redoEdit(undone.state)!.state.doc).toEqual(step.state.doc);
          const redone = redoEdit(step.state);
          if (redone) expect(undoEdit(redone.state)!.state.doc).toEqual(step.state.doc);
          s = step.state;
        }
        // Undoing everything gives back the start.
        while (s.history.undo.length) s = undoEdit(s)!.state;
        expect(s.doc).toEqual(doc());
      }),
    );
  });
});
