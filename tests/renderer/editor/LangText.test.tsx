// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../renderer/i18n';
import { EditorActionsContext } from '../../../renderer/src/editor/EditorContext';
import { COMMIT_DELAY_MS, LangText } from '../../../renderer/src/editor/LangText';
import type { EditorActions } from '../../../renderer/src/editor/useDocumentEditor';
import type { DraftText } from '../../../renderer/src/findings/checkerProtocol';
import { createProjectStore } from '../../../renderer/src/store/projectStore';
import { ProjectStoreContext } from '../../../renderer/src/store/useProjectStore';
import { editText } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { fakeMain } from '../store/fakeMain';

/** What the field tells the checker, in order (the real source posts it to the checker worker). */
const drafts: Array<{ draft: DraftText; settled: boolean }> = [];
const postDraft = (draft: DraftText, settled: boolean) => void drafts.push({ draft, settled });
vi.mock('../../../renderer/src/findings/useFindings', () => ({ useDraftFindings: () => postDraft }));

/** Frames under the test's control: a keystroke's frame is drawn when the test says so. */
let frames: Array<() => void> = [];
const drawFrame = async () => {
  const due = frames;
  frames = [];
  for (const f of due) f();
  // The task the frame's callback posted (after the paint).
  await act(() => new Promise<void>((r) => setTimeout(r, 0)));
};

beforeEach(() => {
  drafts.length = 0;
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(() => cb(performance.now())));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const ID = 'ap-c1-a1-x1';

async function twoFields() {
  const main = fakeMain();
  const store = createProjectStore(main.client);
  store.start();
  await store.resync();
  const applied: string[] = [];
  const actions = {
    apply: (compile: (p: Project) => ReturnType<typeof editText> | null) => {
      const op = compile(store.getState()!.project);
      if (op) applied.push(applyPatches(store.getState()!.project, op.patches).result.framework.actionPlan.components[0].actions[0].activities[0].text.en.text);
      return Promise.resolve(true);
    },
    registerDraft: () => () => undefined,
  } as unknown as EditorActions;
  const renders: Record<string, number> = { en: 0, zh: 0 };
  const activity = store.getState()!.project.framework.actionPlan.components[0].actions[0].activities[0];
  const view = (enText: string) => (
    <ProjectStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={actions}>
        {(['en', 'zh'] as const).map((lang) => (
          <Profiler key={lang} id={lang} onRender={() => renders[lang]++}>
            <LangText elementId={ID} field="text" lang={lang} text={lang === 'en' ? enText : activity.text.zh.text} status="draft" stale={false} readOnly={false} name="Activity text" />
          </Profiler>
        ))}
      </EditorActionsContext.Provider>
    </ProjectStoreContext.Provider>
  );
  const { rerender } = render(view(activity.text.en.text));
  const en = screen.getByRole('textbox', { name: /Activity text — English/ }) as HTMLTextAreaElement;
  return { en, renders, applied, text: activity.text.en.text, showDocumentText: (enText: string) => rerender(view(enText)) };
}

/** One key at the end of the field, as the browser delivers it (the textarea's value changes, then input). */
const typeKey = (el: HTMLTextAreaElement, key: string) => fireEvent.input(el, { target: { value: el.value + key } });

describe('a keystroke in a field', () => {
  it('re-renders neither the field nor its sibling, and the textarea keeps what was typed', async () => {
    const { en, renders } = await twoFields();
    const before = { ...renders };
    for (const key of ' and') typeKey(en, key);
    expect(renders).toEqual(before);
    expect(en.value.endsWith(' and')).toBe(true);
  });

  it('sends the draft to the checker only after the frame that draws the key, the latest text once per frame', async () => {
    const { en, text } = await twoFields();
    typeKey(en, ' ');
    typeKey(en, 'x');
    // In the keystroke's own task the checker hears nothing: the key is drawn first.
    expect(drafts).toEqual([]);
    expect(frames).toHaveLength(1);
    await drawFrame();
    expect(drafts).toEqual([{ draft: { elementId: ID, field: 'text', lang: 'en', text: `${text} x` }, settled: false }]);
  });

  it('a draft still waiting for its frame when the field commits is dropped: the settled text is the last word', async () => {
    const { en, applied, text } = await twoFields();
    typeKey(en, '!');
    fireEvent.blur(en);
    expect(applied).toEqual([`${text}!`]);
    await drawFrame();
    expect(drafts).toEqual([{ draft: { elementId: ID, field: 'text', lang: 'en', text: `${text}!` }, settled: true }]);
  });

  it('while an input method composes, nothing is sent or committed; the composed text is', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { en, applied, text } = await twoFields();
      fireEvent.compositionStart(en);
      typeKey(en, 'bei');
      expect(frames).toHaveLength(0);
      vi.advanceTimersByTime(COMMIT_DELAY_MS * 3);
      expect(applied).toEqual([]);
      en.value = `${text}北`;
      fireEvent.compositionEnd(en);
      vi.advanceTimersByTime(COMMIT_DELAY_MS);
      expect(applied).toEqual([`${text}北`]);
      expect(drafts.map((d) => d.draft.text)).toEqual([`${text}北`]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a text the document changed (undo, replace), but not over typing not yet committed', async () => {
    const { en, text, showDocumentText } = await twoFields();
    showDocumentText('Replaced elsewhere');
    expect(en.value).toBe('Replaced elsewhere');
    typeKey(en, '!');
    showDocumentText('Changed while typing');
    expect(en.value).toBe('Replaced elsewhere!');
    expect(text).not.toBe('Replaced elsewhere');
  });
});
