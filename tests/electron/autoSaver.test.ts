import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver } from '../../electron/services/autoSaver';
import type { ProjectStore } from '../../electron/services/projectStore';
import { ProblemError } from '../../shared/ipc/problem';
import type { Project } from '../../shared/model/project';

/** A store that records what it was asked to write; `fail` makes the next writes throw it. */
function fakeStore() {
  const writes: Project[] = [];
  const store = {
    file: '/projects/p.json',
    fail: null as Error | null,
    writes,
    save: vi.fn(async (project: Project) => {
      await Promise.resolve();
      if (store.fail) throw store.fail;
      writes.push(project);
    }),
  };
  return store;
}

const doc = (n: number) => ({ n }) as unknown as Project;

function setup() {
  let current = doc(0);
  const states: string[] = [];
  const saver = new AutoSaver({ current: () => current, debounceMs: 400, onSaveState: () => states.push(saver.saveState) });
  const store = fakeStore();
  saver.attach(store as unknown as ProjectStore);
  const edit = (n: number) => {
    current = doc(n);
    saver.changed();
  };
  return { saver, store, states, edit, setCurrent: (p: Project) => (current = p) };
}

describe('AutoSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, the latest document, 400 ms after the last of several changes; saving then saved', async () => {
    const { saver, store, states, edit } = setup();
    edit(1);
    await vi.advanceTimersByTimeAsync(300);
    edit(2);
    await vi.advanceTimersByTimeAsync(300);
    edit(3);
    expect(saver.saveState).toBe('unsaved');
    expect(store.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(store.writes).toEqual([doc(3)]);
    expect(states).toEqual(['saving', 'saved']);
    expect(saver.saveState).toBe('saved');
  });

  it('flush writes the pending change at once (before quitting) and is a no-op with nothing pending', async () => {
    const { saver, store, edit } = setup();
    await saver.flush();
    expect(store.save).not.toHaveBeenCalled();
    edit(1);
    await saver.flush();
    expect(store.writes).toEqual([doc(1)]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.save).toHaveBeenCalledTimes(1); // the debounced write was replaced, not added
  });

  it('a change made while writing leaves the state unsaved, and is written next', async () => {
    const { saver, store, edit, setCurrent } = setup();
    edit(1);
    store.save.mockImplementationOnce(async (p) => {
      setCurrent(doc(2)); // the user typed during the write
      saver.changed();
      store.writes.push(p);
    });
    await saver.flush();
    expect(saver.saveState).toBe('unsaved');
    await saver.flush();
    expect(store.writes).toEqual([doc(1), doc(2)]);
    expect(saver.saveState).toBe('saved');
  });

  it('a failed write keeps the state "error" with the problem; retry writes again', async () => {
    const { saver, store, edit } = setup();
    store.fail = Object.assign(new Error('no space left'), { code: 'ENOSPC', syscall: 'write' });
    edit(1);
    await saver.flush();
    expect(saver.saveState).toBe('error');
    expect(saver.saveError).toMatchObject({ code: 'file-system', data: { errno: 'ENOSPC' }, file: store.file });
    store.fail = null;
    await saver.retry();
    expect(store.writes).toEqual([doc(1)]);
    expect([saver.saveState, saver.saveError]).toEqual(['saved', null]);
  });

  it('after the file changed on disk nothing is written until the user chooses; markSaved ends it', async () => {
    const { saver, store, edit } = setup();
    store.fail = new ProblemError('disk-modified', {}, { file: store.file });
    edit(1);
    await saver.flush();
    expect(saver.diskConflict).toBe(true);
    store.fail = null;
    edit(2);
    expect(saver.saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(store.writes).toEqual([]);
    saver.markSaved();
    edit(3);
    await saver.flush();
    expect(store.writes).toEqual([doc(3)]);
  });

  it('tells onSaved listeners what was written; a failing listener does not fail the save', async () => {
    const { saver, edit } = setup();
    const seen: Array<[Project, string]> = [];
    saver.onSaved(() => {
      throw new Error('listener broke');
    });
    saver.onSaved((p, f) => void seen.push([p, f]));
    edit(1);
    await saver.flush();
    await vi.waitFor(() => expect(seen).toEqual([[doc(1), '/projects/p.json']]));
    expect(saver.saveState).toBe('saved');
  });

  it('attach drops the pending write: the new file already holds the document', async () => {
    const { saver, store, edit } = setup();
    edit(1);
    const other = fakeStore();
    saver.attach(other as unknown as ProjectStore);
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect([store.save.mock.calls.length, other.save.mock.calls.length, saver.saveState]).toEqual([0, 0, 'saved']);
  });
});
