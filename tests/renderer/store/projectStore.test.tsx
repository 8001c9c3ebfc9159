// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Patch } from '../../../shared/model/patch/patch';
import { createProjectStore } from '../../../renderer/src/store/projectStore';
import { ProjectStoreContext, useInfo, useProject, useProjectInfo, useRevision } from '../../../renderer/src/store/useProjectStore';
import { fakeMain } from './fakeMain';

afterEach(cleanup);

/** Replace the English text of the first action-plan activity. */
const editFirstActivity = (text: string): Patch[] => [
  { op: 'replace', path: ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'], value: text },
];

async function started() {
  const main = fakeMain();
  const store = createProjectStore(main.client);
  store.start();
  await store.resync();
  return { main, store };
}

describe('the project store', () => {
  it('starts from one full snapshot, then applies patches keeping every untouched part by identity', async () => {
    const { main, store } = await started();
    const before = store.getState()!;
    expect(before.info.revision).toBe(main.revision);
    const calls = main.calls.getSnapshot;

    main.external(editFirstActivity('Edited'));
    main.deliver();
    const after = store.getState()!;
    expect(after.info.revision).toBe(before.info.revision + 1);
    expect(after.project.framework.actionPlan.components[0].actions[0].activities[0].text.en.text).toBe('Edited');
    // Untouched parts are the same objects: memoised views and per-part checks skip them.
    expect(after.project.framework.sections).toBe(before.project.framework.sections);
    expect(after.project.framework.components).toBe(before.project.framework.components);
    expect(after.project.framework.actionPlan.components[1]).toBe(before.project.framework.actionPlan.components[1]);
    expect(after.project.framework.actionPlan.components[0]).not.toBe(before.project.framework.actionPlan.components[0]);
    expect(after.project).toEqual(main.project);
    expect(main.calls.getSnapshot).toBe(calls);
  });

  it('takes an update once whether the reply or the event comes first', async () => {
    const { main, store } = await started();
    const reply = await main.client.applyChange({ label: 'edit', patches: editFirstActivity('Once') });
    store.receive(reply);
    const state = store.getState();
    main.deliver(); // the same revision again, as doc:changed
    expect(store.getState()).toBe(state);
    expect(store.getState()!.project).toEqual(main.project);
  });

  it('fetches a full snapshot after a missed update (a gap) and when the project is replaced whole', async () => {
    const { main, store } = await started();
    main.external(editFirstActivity('lost'));
    main.drop();
    main.external(editFirstActivity('seen'));
    const calls = main.calls.getSnapshot;
    main.deliver();
    await waitFor(() => expect(store.getState()!.info.revision).toBe(main.revision));
    expect(main.calls.getSnapshot).toBe(calls + 1);
    expect(store.getState()!.project).toEqual(main.project);

    const other = structuredClone(main.project);
    other.framework.metadata.edition = '2026-2030';
    main.replaceWhole(other);
    main.deliver();
    await waitFor(() => expect(store.getState()!.project.framework.metadata.edition).toBe('2026-2030'));
  });

  it('patches that do not fit what it holds make it fetch main\'s copy instead of failing', async () => {
    const { main, store } = await started();
    const calls = main.calls.getSnapshot;
    store.receive({ revision: main.revision + 1, patches: [{ op: 'remove', path: ['framework', 'components'], index: 999 }], info: { ...store.getState()!.info, revision: main.revision + 1 } });
    await waitFor(() => expect(main.calls.getSnapshot).toBe(calls + 1));
    expect(store.getState()!.info.revision).toBe(main.revision);
  });

  it('a save-state event changes the info and keeps the project; one for another revision is ignored', async () => {
    const { main, store } = await started();
    const project = store.getState()!.project;
    main.saveState('saved');
    main.deliver();
    expect(store.getState()!.info.saveState).toBe('saved');
    expect(store.getState()!.project).toBe(project);
    store.receiveInfo({ ...store.getState()!.info, revision: 0, saveState: 'error' });
    expect(store.getState()!.info.saveState).toBe('saved');
  });
});

describe('the store hooks', () => {
  it('a component re-renders only when the part it selects changes', async () => {
    const { main, store } = await started();
    let titleRenders = 0;
    function Title() {
      titleRenders++;
      return <p data-testid="title">{useProject((p) => p.framework.metadata.title.en.text)}</p>;
    }
    function Activity() {
      return <p data-testid="activity">{useProject((p) => p.framework.actionPlan.components[0].actions[0].activities[0].text.en.text)}</p>;
    }
    function Info() {
      const info = useProjectInfo();
      return <p data-testid="info">{`${useRevision()} ${info.saveState}`}</p>;
    }
    render(
      <ProjectStoreContext.Provider value={store}>
        <Title />
        <Activity />
        <Info />
      </ProjectStoreContext.Provider>,
    );
    expect(screen.getByTestId('title').textContent).toBe(main.project.framework.metadata.title.en.text);
    const rendersBefore = titleRenders;
    act(() => {
      main.external(editFirstActivity('Typed'));
      main.deliver();
    });
    expect(screen.getByTestId('activity').textContent).toBe('Typed');
    expect(screen.getByTestId('info').textContent).toBe(`${main.revision} unsaved`);
    expect(titleRenders).toBe(rendersBefore);
    act(() => {
      main.saveState('saved');
      main.deliver();
    });
    expect(screen.getByTestId('info').textContent).toBe(`${main.revision} saved`);
    expect(titleRenders).toBe(rendersBefore);
  });

  it('useInfo re-renders on a change of its value only, not on every revision (each update brings a new info object)', async () => {
    const { main, store } = await started();
    let renders = 0;
    let lastSeen: unknown;
    function ReadOnlyAndError() {
      renders++;
      const readOnly = useInfo((i) => i.readOnly);
      lastSeen = useInfo((i) => i.loadError);
      return <p data-testid="ro">{String(readOnly)}</p>;
    }
    render(
      <ProjectStoreContext.Provider value={store}>
        <ReadOnlyAndError />
      </ProjectStoreContext.Provider>,
    );
    const before = renders;
    const seen = lastSeen;
    act(() => {
      main.external(editFirstActivity('One'));
      main.deliver();
      main.external(editFirstActivity('Two'));
      main.deliver();
      main.saveState('saved');
      main.deliver();
    });
    expect(store.getState()?.project.framework.actionPlan.components[0].actions[0].activities[0].text.en.text).toBe('Two');
    expect(renders).toBe(before);
    expect(lastSeen).toBe(seen);
    expect(screen.getByTestId('ro').textContent).toBe('false');
  });
});
