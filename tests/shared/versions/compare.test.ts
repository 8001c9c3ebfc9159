import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import type { Framework } from '../../../shared/model/framework';
import { listElements } from '../../../shared/model/elements';
import { ProjectSchema } from '../../../shared/model/project';
import { compareFrameworks, type Change } from '../../../shared/versions/compare';
import { diffAfter, diffBefore } from '../../../shared/versions/diffText';

const builtin = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'))).framework;
const copy = (): Framework => cloneJson(builtin);
const ofType = <T extends Change['type']>(changes: Change[], type: T) => changes.filter((c): c is Extract<Change, { type: T }> => c.type === type);
const action = (fw: Framework, c: number, a: number) => fw.actionPlan.components[c].actions[a];

describe('compareFrameworks', () => {
  it('finds nothing between a version and itself', () => {
    const r = compareFrameworks(builtin, copy());
    expect(r.changes).toEqual([]);
    expect(r.matched).toBe(listElements(builtin).length);
  });

  it('reports a move plus an edit of the same activity as one move and one text change, nothing else', () => {
    const after = copy();
    const [moved] = action(after, 1, 0).activities.splice(2, 1); // Component 2, Activity 1-3
    const oldText = moved.text.en.text;
    const firstWord = oldText.split(' ')[0];
    moved.text.en.text = oldText.replace(firstWord, `${firstWord} jointly`);
    action(after, 2, 1).activities.unshift(moved); // Component 3, Action 2, first
    const r = compareFrameworks(builtin, after);
    expect(r.counts).toMatchObject({ moved: 1, text: 1, added: 0, removed: 0, status: 0, attribute: 0 });
    const [move] = ofType(r.changes, 'moved');
    expect(move.element.id).toBe('ap-c2-a1-x3');
    expect(move.oldLabel).toBe('Activity 1-3');
    expect(move.element.label).toBe('Activity 2-1');
    expect(move.reorder).toBe(false);
    expect(move.from.ancestors.map((a) => a.label)).toEqual(expect.arrayContaining(['Component 2', 'Action 1']));
    expect(move.to.ancestors.map((a) => a.label)).toEqual(expect.arrayContaining(['Component 3', 'Action 2']));
    const [text] = ofType(r.changes, 'text');
    expect(text).toMatchObject({ field: 'text', lang: 'en', navigateTo: 'ap-c2-a1-x3' });
    const edits = text.diff.filter((d) => d.op !== 'equal');
    expect(edits.map((d) => [d.op, d.text.trim()])).toEqual([['insert', 'jointly']]);
    expect(diffBefore(text.diff)).toBe(oldText);
    expect(diffAfter(text.diff)).toBe(moved.text.en.text);
  });

  it('reports a reorder as the one item that moved, not every shifted sibling', () => {
    const after = copy();
    const acts = action(after, 0, 0).activities; // x1 x2 x3 x4
    acts.unshift(acts.pop()!); // x4 x1 x2 x3
    const r = compareFrameworks(builtin, after);
    expect(r.changes.map((c) => [c.type, c.element.id])).toEqual([['moved', 'ap-c1-a1-x4']]);
    const [move] = ofType(r.changes, 'moved');
    expect(move).toMatchObject({ reorder: true, oldLabel: 'Activity 1-4', element: { label: 'Activity 1-1' } });
    expect(move.from.index).toBe(3);
    expect(move.to.index).toBe(0);
  });

  it('reports a moved component once, and the action plan is unaffected', () => {
    const after = copy();
    after.components.push(after.components.shift()!);
    const r = compareFrameworks(builtin, after);
    expect(r.changes.map((c) => [c.type, c.element.id])).toEqual([['moved', 'c1']]);
  });

  it('reports an added action with its activities as one addition, and a removed annex entry where it was', () => {
    const after = copy();
    const template = action(after, 0, 1);
    action(after, 0, 1); // Component 1 has two actions
    after.actionPlan.components[0].actions.push({
      id: 'new-action',
      label: null,
      title: { en: { text: 'New action', status: 'draft' }, zh: { text: '新行动', status: 'draft' } },
      activities: [
        { ...cloneJson(template.activities[0]), id: 'new-x1' },
        { ...cloneJson(template.activities[0]), id: 'new-x2' },
      ],
    });
    const area = after.annex.areas[0];
    const [gone] = area.entries.splice(1, 1);
    const r = compareFrameworks(builtin, after);
    expect(r.counts).toMatchObject({ added: 1, removed: 1, moved: 0, text: 0 });
    const [added] = ofType(r.changes, 'added');
    expect(added).toMatchObject({ element: { id: 'new-action', label: 'Action 3' }, descendants: 2, navigateTo: 'new-action' });
    const [removed] = ofType(r.changes, 'removed');
    expect(removed).toMatchObject({ element: { id: gone.id, label: '2' }, navigateTo: area.id, descendants: 0 });
    // Removal listed where the entry used to be: after the annex's first entry, before the second area.
    const ids = r.changes.map((c) => c.element.id);
    expect(ids).toEqual(['new-action', gone.id]);
  });

  it('finds a Chinese-only edit, compared by character, and leaves English alone', () => {
    const after = copy();
    after.metadata.title.zh.text = after.metadata.title.zh.text.replace('合作战略', '合作新战略');
    const r = compareFrameworks(builtin, after);
    expect(r.changes).toHaveLength(1);
    const [c] = ofType(r.changes, 'text');
    expect(c).toMatchObject({ element: { id: '#metadata' }, field: 'title', lang: 'zh' });
    expect(c.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: '新' }]);
  });

  it('reports status-only changes separately from text changes', () => {
    const after = copy();
    after.components[0].title.en.status = 'reviewed';
    after.components[0].title.zh.basis = 'changed';
    const r = compareFrameworks(builtin, after);
    expect(r.counts).toMatchObject({ status: 2, text: 0 });
    expect(ofType(r.changes, 'status').map((c) => [c.field, c.lang, c.before.status, c.after.status])).toEqual([
      ['title', 'en', 'approved', 'reviewed'],
      ['title', 'zh', builtin.components[0].title.zh.status, builtin.components[0].title.zh.status],
    ]);
  });

  it('reports non-text properties: a label typed by hand, the carried-over flag, a period', () => {
    const after = copy();
    action(after, 0, 0).activities[0].label = 'Activity A';
    action(after, 0, 0).activities[1].carriedOver = true;
    after.annex.period = { start: 2021, end: 2025 };
    const r = compareFrameworks(builtin, after);
    expect(ofType(r.changes, 'attribute').map((c) => [c.element.id, c.name, c.before, c.after])).toEqual([
      ['ap-c1-a1-x1', 'label', 'null', '"Activity A"'],
      ['ap-c1-a1-x2', 'carriedOver', undefined, 'true'],
      [builtin.annex.id, 'period', '{"start":2011,"end":2020}', '{"start":2021,"end":2025}'],
    ]);
  });

  it('reports the result in document order', () => {
    const after = copy();
    after.annex.areas[0].heading.en.text += ' (revised)';
    after.components[0].title.en.text += ' (revised)';
    after.metadata.title.en.text += ' (revised)';
    const r = compareFrameworks(builtin, after);
    expect(r.changes.map((c) => c.element.kind)).toEqual(['metadata', 'component', 'priorityArea']);
  });
});
