// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../renderer/i18n';
import { EditorActionsContext } from '../../../renderer/src/editor/EditorContext';
import { LabelChip } from '../../../renderer/src/editor/LabelChip';
import type { EditorActions } from '../../../renderer/src/editor/useDocumentEditor';
import { computeLabels } from '../../../shared/model/labels';
import type { Operation } from '../../../shared/model/operations';
import { ProjectSchema } from '../../../shared/model/project';
import edition from '../../../resources/editions/framework-2021-2025.json';

const project = ProjectSchema.parse(edition);

/** The label each change would store (the value of its one patch). */
function chip(elementId: string) {
  const stored: unknown[] = [];
  const actions = {
    apply: (compile: (p: typeof project) => Operation | null) => {
      stored.push(compile(project)!.patches.map((p) => (p.op === 'replace' ? p.value : p.op)));
      return Promise.resolve(true);
    },
  } as unknown as EditorActions;
  const l = computeLabels(project.framework, i18n.language === 'zh' ? 'zh' : 'en').get(elementId)!;
  render(
    <EditorActionsContext.Provider value={actions}>
      <LabelChip elementId={elementId} label={l.label} overridden={l.overridden} readOnly={false} />
    </EditorActionsContext.Provider>,
  );
  return stored;
}

/** Click the chip, type `text` and press Enter. */
function retype(text: string) {
  fireEvent.click(screen.getByTestId('element-label'));
  const input = screen.getByRole('textbox');
  fireEvent.change(input, { target: { value: text } });
  act(() => void fireEvent.keyDown(input, { key: 'Enter' }));
}

describe('LabelChip in the Chinese UI', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh');
  });
  afterEach(cleanup);

  it('shows the label as the Chinese document prints it, overrides included', () => {
    chip('ap-c1-a1-x2');
    expect(screen.getByTestId('element-label').textContent).toBe('活动1-2');
    cleanup();
    chip('ap-c3-a1-x3'); // published as "Activity1-3"
    expect(screen.getByTestId('element-label').textContent).toBe('活动1-3');
  });

  it('a label typed with the Chinese word is kept in the form both documents print', () => {
    const stored = chip('ap-c1-a1-x2');
    retype('活动1-2bis');
    expect(stored).toEqual([['Activity 1-2bis']]);
  });

  it('free text is kept as typed', () => {
    const stored = chip('ap-c1-a1-x2');
    retype('Principle (a)');
    expect(stored).toEqual([['Principle (a)']]);
  });

  it('leaving the label as shown changes nothing (the published "Activity1-3" keeps its spelling)', () => {
    const stored = chip('ap-c3-a1-x3');
    retype('活动1-3');
    fireEvent.click(screen.getByTestId('element-label'));
    fireEvent.blur(screen.getByRole('textbox'));
    expect(stored).toEqual([]);
  });
});
