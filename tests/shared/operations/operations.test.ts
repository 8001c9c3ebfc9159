import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStale, textFingerprint } from '../../../shared/model/bilingual';
import { computeLabels } from '../../../shared/model/labels';
import {
  duplicateElement,
  editMetadata,
  editText,
  insertElement,
  moveElement,
  removeElement,
  setLabel,
  setTranslationStatus,
  shownStatus,
  type Operation,
} from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';

const builtin: Project = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));

/** Apply an operation and check the result still satisfies the schema (what the session does). */
function run(project: Project, op: Operation): Project {
  const { result } = applyPatches(project, op.patches);
  return ProjectSchema.parse(result);
}

let n = 0;
const ids = () => `t${++n}`;

const activityLabels = (p: Project, actionIndex = 0) =>
  p.framework.actionPlan.components[0].actions[actionIndex].activities.map((a) => computeLabels(p.framework).get(a.id)!.label);

describe('text and translation status', () => {
  it('editing one language leaves the other alone but makes its confirmation stale', () => {
    let p = builtin;
    p = run(p, editText(p, 'ap-c1-a1-x1', 'text', 'zh', '东盟－中国国家联络人会议'));
    p = run(p, setTranslationStatus(p, 'ap-c1-a1-x1', 'text', 'zh', 'approved'));
    const approved = p.framework.actionPlan.components[0].actions[0].activities[0].text;
    expect(approved.zh.basis).toBe(textFingerprint(approved.en.text));
    expect(shownStatus(approved, 'zh')).toBe('approved');

    p = run(p, editText(p, 'ap-c1-a1-x1', 'text', 'en', 'ASEAN-China National Focal Points Meeting'));
    const after = p.framework.actionPlan.components[0].actions[0].activities[0].text;
    expect(after.zh.status).toBe('approved'); // stored status unchanged…
    expect(isStale(after, 'zh')).toBe(true); // …but computed as needing review
    expect(shownStatus(after, 'zh')).toBe('stale');

    // The Chinese is also flagged: putting the English back leaves it needing a look until someone marks it reviewed.
    expect(after.zh.needsReview).toBe(true);
    p = run(p, editText(p, 'ap-c1-a1-x1', 'text', 'en', approved.en.text));
    expect(isStale(p.framework.actionPlan.components[0].actions[0].activities[0].text, 'zh')).toBe(true);
    p = run(p, setTranslationStatus(p, 'ap-c1-a1-x1', 'text', 'zh', 'reviewed'));
    expect(isStale(p.framework.actionPlan.components[0].actions[0].activities[0].text, 'zh')).toBe(false);
    expect(p.framework.actionPlan.components[0].actions[0].activities[0].text.zh.needsReview).toBeUndefined();
  });

  it('both languages in step: an edit of one flags the other (drafts too); answering the flag does not flag back', () => {
    const text = (p: Project) => p.framework.actionPlan.components[0].actions[0].activities[1].text;
    let p = run(builtin, editText(builtin, 'ap-c1-a1-x2', 'text', 'zh', '草稿'));
    expect(text(p).zh).toEqual({ text: '草稿', status: 'draft' });
    expect(text(p).en.needsReview).toBe(true); // the English was written: it is flagged
    expect(shownStatus(text(p), 'en')).toBe('stale');
    // Editing the flagged English answers it: the flag goes, and the Chinese is not flagged back.
    p = run(p, editText(p, 'ap-c1-a1-x2', 'text', 'en', 'Revised English'));
    expect(text(p).en.needsReview).toBeUndefined();
    expect(text(p).zh.needsReview).toBeUndefined();
    // Now an original English edit flags the Chinese draft.
    p = run(p, editText(p, 'ap-c1-a1-x2', 'text', 'en', 'Revised English again'));
    expect(text(p).zh.needsReview).toBe(true);
    // An empty other language is not flagged (it is missing, not out of step).
    p = run(p, editText(p, 'ap-c1-a1-x2', 'text', 'zh', ''));
    p = run(p, editText(p, 'ap-c1-a1-x2', 'text', 'en', 'Third English'));
    expect(text(p).zh).toEqual({ text: '', status: 'missing' });
  });

  it('writing into a missing language makes it a draft, emptying it makes it missing, changing a confirmed text makes it a draft', () => {
    let p = run(builtin, editText(builtin, 's1', 'title', 'zh', ''));
    const title = () => p.framework.sections[0].title;
    expect(title().zh.status).toBe('missing');
    p = run(p, editText(p, 's1', 'title', 'zh', '背景'));
    expect(title().zh).toEqual({ text: '背景', status: 'draft' });
    p = run(p, editText(p, 's1', 'title', 'zh', ''));
    expect(title().zh.status).toBe('missing');
    expect(title().en.status).toBe('approved');
    p = run(p, editText(p, 's1', 'title', 'en', 'Background and context'));
    expect(title().en.status).toBe('draft');
    expect(editText(p, 's1', 'title', 'en', 'Background and context').patches).toEqual([]);
  });

  it('setting a status other than reviewed/approved drops the basis', () => {
    let p = run(builtin, setTranslationStatus(builtin, '#metadata', 'title', 'zh', 'draft'));
    expect(p.framework.metadata.title.zh).toEqual({ text: builtin.framework.metadata.title.zh.text, status: 'draft' });
    p = run(p, setTranslationStatus(p, '#metadata', 'title', 'zh', 'reviewed'));
    expect(p.framework.metadata.title.zh.basis).toBe(textFingerprint(p.framework.metadata.title.en.text));
  });

  it('names the element or field it cannot find', () => {
    expect(() => editText(builtin, 'nope', 'text', 'en', 'x')).toThrow(/No element nope/);
    expect(() => editText(builtin, 's1', 'schedule', 'en', 'x')).toThrow(/no field schedule/);
  });
});

describe('structure editing and renumbering', () => {
  it('inserting an activity in the middle renumbers the following ones; a hand-typed label is kept', () => {
    expect(activityLabels(builtin)).toEqual(['Activity 1-1', 'Activity 1-2', 'Activity 1-3', 'Activity 1-4']);
    const op = insertElement(builtin, 'activity', 'ap-c1-a1', 1, ids);
    const p = run(builtin, op);
    expect(activityLabels(p)).toEqual(['Activity 1-1', 'Activity 1-2', 'Activity 1-3', 'Activity 1-4', 'Activity 1-5']);
    expect(p.framework.actionPlan.components[0].actions[0].activities[1].id).toBe(op.id);
    expect(p.framework.actionPlan.components[0].actions[0].activities[2].id).toBe('ap-c1-a1-x2');

    // Component 3's published "Activity1-3" is an override: inserting before it keeps it as typed.
    const c3 = insertElement(p, 'activity', 'ap-c3-a1', 0, ids);
    const q = run(p, c3);
    const labels = computeLabels(q.framework);
    expect(labels.get('ap-c3-a1-x3')).toMatchObject({ label: 'Activity1-3', derived: 'Activity 1-4', overridden: true });
    expect(labels.get('ap-c3-a1-x2')!.label).toBe('Activity 1-3');
  });

  it('a label can be typed by hand and reset to automatic', () => {
    let p = run(builtin, setLabel(builtin, 'ap-c1-a1-x2', 'Activity 1-2bis'));
    expect(computeLabels(p.framework).get('ap-c1-a1-x2')).toMatchObject({ label: 'Activity 1-2bis', overridden: true });
    p = run(p, setLabel(p, 'ap-c1-a1-x2', null));
    expect(computeLabels(p.framework).get('ap-c1-a1-x2')).toMatchObject({ label: 'Activity 1-2', overridden: false });
  });

  it('moving a component renumbers it and moves its action-plan rows with it', () => {
    const p = run(builtin, moveElement(builtin, 'c3', 0));
    expect(p.framework.components.map((c) => c.id)).toEqual(['c3', 'c1', 'c2', 'c4']);
    expect(p.framework.actionPlan.components.map((c) => c.componentId)).toEqual(['c3', 'c1', 'c2', 'c4']);
    const labels = computeLabels(p.framework);
    expect(labels.get('c3')!.label).toBe('Component 1');
    expect(labels.get('ap-c3')!.label).toBe('Component 1');
    expect(labels.get('c1')!.label).toBe('Component 2');
    expect(() => moveElement(builtin, 'c3', 9)).toThrow(/4 items/);
  });

  it('adding a component adds its action-plan component; removing one removes its rows', () => {
    const add = insertElement(builtin, 'component', null, 2, ids);
    let p = run(builtin, add);
    expect(p.framework.components.map((c) => c.id)).toEqual(['c1', 'c2', add.id, 'c3', 'c4']);
    expect(p.framework.actionPlan.components.map((c) => c.componentId)).toEqual(['c1', 'c2', add.id, 'c3', 'c4']);
    expect(computeLabels(p.framework).get('c4')!.label).toBe('Component 5');
    p = run(p, removeElement(p, 'c2'));
    expect(p.framework.components.map((c) => c.id)).toEqual(['c1', add.id, 'c3', 'c4']);
    expect(p.framework.actionPlan.components.some((pc) => pc.componentId === 'c2')).toBe(false);
  });

  it('removing a main activity drops references to it from activity traces', () => {
    const withTrace = run(builtin, {
      label: 'editText',
      patches: [{ op: 'replace', path: ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'trace', 'mainActivityIds'], value: [builtin.framework.components[0].mainActivities[0].id] }],
    });
    const p = run(withTrace, removeElement(withTrace, builtin.framework.components[0].mainActivities[0].id));
    expect(p.framework.actionPlan.components[0].actions[0].activities[0].trace.mainActivityIds).toEqual([]);
  });

  it('duplicating gives fresh ids throughout, right after the original, and a component copy gets its own plan rows', () => {
    const dup = duplicateElement(builtin, 'ap-c1-a1', ids);
    const p = run(builtin, dup);
    const actions = p.framework.actionPlan.components[0].actions;
    expect(actions[1].id).toBe(dup.id);
    expect(actions[1].activities.map((a) => a.text)).toEqual(actions[0].activities.map((a) => a.text));
    const all = JSON.stringify(p).match(/"id":"[^"]+"/g)!;
    expect(new Set(all).size).toBe(all.length);

    const comp = duplicateElement(builtin, 'c2', ids);
    const q = run(builtin, comp);
    expect(q.framework.components[2].id).toBe(comp.id);
    const rows = q.framework.actionPlan.components.filter((pc) => pc.componentId === comp.id);
    expect(rows).toHaveLength(1);
    expect(q.framework.actionPlan.components.indexOf(rows[0])).toBe(2);
  });

  it('a duplicated section keeps its text but does not print the components a second time', () => {
    const dup = duplicateElement(builtin, 's4', ids);
    const p = run(builtin, dup);
    const copy = p.framework.sections[4];
    expect(copy.id).toBe(dup.id);
    expect(copy.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(p.framework.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'components')).toHaveLength(1);
  });

  it('every kind can be added under its parent, and undone by the inverse patches', () => {
    const cases: Array<[Parameters<typeof insertElement>[1], string | null]> = [
      ['section', null], ['section', 's1'], ['paragraph', 's1'], ['list', 's1'], ['paragraph', 'c1'], ['mainActivity', 'c1'],
      ['action', 'ap-c1'], ['activity', 'ap-c1-a1'], ['note', '#notes'], ['priorityArea', null],
      ['annexEntry', builtin.framework.annex.areas[0].id], ['component', null],
    ];
    for (const [kind, parent] of cases) {
      const op = insertElement(builtin, kind, parent, 0, ids);
      const { result, inverse } = applyPatches(builtin, op.patches);
      ProjectSchema.parse(result);
      expect(applyPatches(result, inverse).result).toEqual(builtin);
    }
    expect(() => insertElement(builtin, 'activity', 's1', 0, ids)).toThrow(/cannot go under section/);
  });
});

describe('edition details', () => {
  it('sets period, status and date; an undated edition has null', () => {
    // Typing the next edition's start year moves the whole period (the length is kept).
    let p = run(builtin, editMetadata(builtin, 'periodStart', '2026'));
    expect(p.framework.metadata.period).toEqual({ start: 2026, end: 2030 });
    p = run(p, editMetadata(p, 'periodEnd', '2031'));
    expect(p.framework.metadata.period).toEqual({ start: 2026, end: 2031 });
    expect(run(p, editMetadata(p, 'periodEnd', '2020')).framework.metadata.period).toEqual({ start: 2015, end: 2020 });
    expect(() => run(p, editMetadata(p, 'periodStart', 'abc'))).toThrow();
    p = run(p, editMetadata(p, 'status', 'draft'));
    p = run(p, editMetadata(p, 'date', '2026-03-01'));
    expect(p.framework.metadata).toMatchObject({ period: { start: 2026, end: 2031 }, status: 'draft', date: '2026-03-01' });
    p = run(p, editMetadata(p, 'date', ''));
    expect(p.framework.metadata.date).toBeNull();
  });
});
