// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { editText } from '../../../shared/model/operations';
import type { Project } from '../../../shared/model/project';
import { answerFlushBeforeClose } from '../../../renderer/src/editor/flushBeforeClose';
import { useDocumentEditor } from '../../../renderer/src/editor/useDocumentEditor';
import { createProjectStore } from '../../../renderer/src/store/projectStore';
import { fakeMain } from '../store/fakeMain';

const activity = (p: Project) => p.framework.actionPlan.components[0].actions[0].activities[0];

describe('closing the desktop window: the page answers flushBeforeClose', () => {
  it('commits the typing not yet committed, waits until main has taken it, and only then answers flushDone', async () => {
    const main = fakeMain();
    const store = createProjectStore(main.client);
    store.start();
    await store.resync();
    const { result } = renderHook(() => useDocumentEditor(store, () => undefined, main.client));
    const commit = vi.fn(() => void result.current.apply((p) => editText(p, activity(p).id, 'text', 'en', 'typed just before closing'), { coalesce: 'k' }));
    act(() => void result.current.registerDraft('k', commit));

    const release = main.hold();
    const textWhenAnswered: string[] = [];
    const flushDone = vi.fn(async ({ id }: { id: string }) => {
      textWhenAnswered.push(`${id}: ${activity(main.project).text.en.text}`);
      return null;
    });
    let answered!: Promise<void>;
    act(() => {
      answered = answerFlushBeforeClose(result.current, flushDone, 'flush-7');
    });
    expect(commit).toHaveBeenCalledTimes(1);
    // The change has reached main, which holds its answer: no flushDone yet, or main would save without it.
    await vi.waitFor(() => expect(main.calls.applyChange).toBe(1));
    expect(flushDone).not.toHaveBeenCalled();
    release();
    await act(async () => answered);
    expect(textWhenAnswered).toEqual(['flush-7: typed just before closing']);
  });

  it('answers even when committing fails, so closing is never blocked', async () => {
    const flushDone = vi.fn(async () => null);
    await answerFlushBeforeClose({ flushDrafts: () => Promise.reject(new Error('main went away')) }, flushDone, 'flush-8');
    expect(flushDone).toHaveBeenCalledWith({ id: 'flush-8' });
  });
});
