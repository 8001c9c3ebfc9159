// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../shared/ipc/contract';
import { editText } from '../../../shared/model/operations';
import type { Project } from '../../../shared/model/project';
import { useDocumentEditor } from '../../../renderer/src/editor/useDocumentEditor';
import { createProjectStore } from '../../../renderer/src/store/projectStore';
import { fakeMain } from '../store/fakeMain';

const activityId = (p: Project) => p.framework.actionPlan.components[0].actions[0].activities[0].id;
const activityText = (p: Project) => p.framework.actionPlan.components[0].actions[0].activities[0].text.en.text;

async function setup() {
  const main = fakeMain();
  const store = createProjectStore(main.client);
  store.start();
  await store.resync();
  const problems: Problem[] = [];
  const { result } = renderHook(() => useDocumentEditor(store, (p) => p && problems.push(p), main.client));
  return { main, store, editor: () => result.current, problems };
}

describe("the editor's commit queue", () => {
  it('compiles each operation against the project the previous one left, in the order they were asked', async () => {
    const { main, store, editor } = await setup();
    const release = main.hold();
    const seen: string[] = [];
    let first!: Promise<boolean>;
    let second!: Promise<boolean>;
    act(() => {
      first = editor().apply((p) => editText(p, activityId(p), 'text', 'en', 'one'));
      second = editor().apply((p) => {
        seen.push(activityText(p));
        return editText(p, activityId(p), 'text', 'en', `${activityText(p)} two`);
      });
    });
    // Both are waiting for main; the second has not been compiled from the old text.
    expect(seen).toEqual([]);
    release();
    await act(async () => {
      expect(await first).toBe(true);
      expect(await second).toBe(true);
    });
    expect(seen).toEqual(['one']);
    expect(activityText(store.getState()!.project)).toBe('one two');
    expect(activityText(main.project)).toBe('one two');
  });

  it('a change made against a view main has moved past is compiled again on a fresh snapshot', async () => {
    const { main, store, editor } = await setup();
    // Another window changed the document and this store has not heard of it yet.
    main.external([{ op: 'replace', path: ['framework', 'metadata', 'date'], value: '2030-01-01' }]);
    main.drop();
    let ok = false;
    await act(async () => {
      ok = await editor().apply((p) => editText(p, activityId(p), 'text', 'en', 'after refresh'));
    });
    expect(ok).toBe(true);
    expect(main.project.framework.metadata.date).toBe('2030-01-01');
    expect(activityText(main.project)).toBe('after refresh');
    expect(store.getState()!.project).toEqual(main.project);
  });

  it('registered typing is committed before undo, and "has drafts" holds until main has answered', async () => {
    const { main, store, editor } = await setup();
    const original = activityText(main.project);
    const listener = vi.fn();
    editor().subscribeDrafts(listener);
    const commit = vi.fn(() => void editor().apply((p) => editText(p, activityId(p), 'text', 'en', 'typed'), { coalesce: 'k' }));
    act(() => void editor().registerDraft('k', commit));
    expect(editor().hasDrafts()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);

    const release = main.hold();
    let undone!: Promise<void>;
    act(() => {
      undone = editor().undo();
    });
    await waitFor(() => expect(commit).toHaveBeenCalledTimes(1));
    expect(editor().hasDrafts()).toBe(true);
    release();
    await act(async () => {
      await undone;
    });
    // The typing was applied, then undone: back to the original text, and nothing pending.
    expect(activityText(main.project)).toBe(original);
    expect(activityText(store.getState()!.project)).toBe(original);
    expect(editor().hasDrafts()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('an operation that cannot be compiled is reported and the queue goes on', async () => {
    const { main, editor, problems } = await setup();
    let results: boolean[] = [];
    await act(async () => {
      results = await Promise.all([
        editor().apply(() => {
          throw new Error('no such element');
        }),
        editor().apply((p) => editText(p, activityId(p), 'text', 'en', 'still applied')),
      ]);
    });
    expect(results).toEqual([false, true]);
    expect(problems.map((p) => p.code)).toEqual(['bad-operation']);
    expect(activityText(main.project)).toBe('still applied');
  });

  it('a refusal from main is reported with its code and nothing changes in the store', async () => {
    const { store, editor, problems } = await setup();
    const before = store.getState();
    await act(async () => {
      await editor().redo();
    });
    expect(problems.map((p) => p.code)).toEqual(['bad-index']);
    expect(store.getState()).toBe(before);
  });
});
