import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../shared/checks/registry';
import { carriedOverCount, carriedOverUnder, dropCarriedOver, keepCarriedOver } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { proposeSchedule } from '../../../shared/schedule/proposeSchedule';
import { deriveNewEdition } from '../../../shared/versions/newEdition';

const text = readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8');
const next = () => deriveNewEdition(ProjectSchema.parse(JSON.parse(text)), { period: { start: 2026, end: 2030 } });
const carried = (p: Project) => checkFramework(p.framework).filter((f) => f.code === 'activity-carried-over');

describe('carried-over review', () => {
  it('Keep a whole component clears its marks in one change; its inverse brings them back', () => {
    const p = next();
    const component = p.framework.components[1];
    const ids = carriedOverUnder(p.framework, component.id);
    const planRows = p.framework.actionPlan.components.find((pc) => pc.componentId === component.id)!;
    expect(ids).toEqual(planRows.actions.flatMap((a) => a.activities.map((x) => x.id)));
    const op = keepCarriedOver(p, ids);
    expect(op.label).toBe('keepCarriedOver');
    const { result: kept, inverse } = applyPatches(p, op.patches);
    expect(carried(kept)).toHaveLength(21 - ids.length);
    expect(carriedOverUnder(kept.framework, component.id)).toEqual([]);
    const undone = applyPatches(kept, inverse).result;
    expect(carried(undone)).toHaveLength(21);
    // Keeping again is nothing to do.
    expect(keepCarriedOver(kept, ids).patches).toEqual([]);
  });

  it('scopes: an action, an action-plan component, one activity', () => {
    const p = next();
    const pc = p.framework.actionPlan.components[0];
    expect(carriedOverUnder(p.framework, pc.id)).toHaveLength(pc.actions.flatMap((a) => a.activities).length);
    expect(carriedOverUnder(p.framework, pc.actions[0].id)).toEqual(pc.actions[0].activities.map((a) => a.id));
    expect(carriedOverUnder(p.framework, pc.actions[0].activities[1].id)).toEqual([pc.actions[0].activities[1].id]);
    expect(carriedOverUnder(p.framework, 's1')).toEqual([]);
    expect(carriedOverCount(p.framework)).toBe(21);
  });

  it('Drop removes the activities of an action (several from one list) and undo puts them back in place', () => {
    const p = next();
    const action = p.framework.actionPlan.components[0].actions[0];
    const ids = action.activities.map((a) => a.id);
    const { result: dropped, inverse } = applyPatches(p, dropCarriedOver(p, ids).patches);
    expect(dropped.framework.actionPlan.components[0].actions[0].activities).toEqual([]);
    const back = applyPatches(dropped, inverse).result;
    expect(back.framework.actionPlan.components[0].actions[0].activities.map((a) => a.id)).toEqual(ids);
    expect(() => dropCarriedOver(p, ['s1'])).toThrow(/No activity s1/);
  });
});

describe('proposed schedules for the new period', () => {
  const from = { start: 2021, end: 2025 };
  const to = { start: 2026, end: 2030 };
  it('moves the old range and years, keeps "annually" and other history', () => {
    expect(proposeSchedule('2021-2025', from, to)).toBe('2026-2030');
    expect(proposeSchedule('2021-2025年', from, to)).toBe('2026-2030年');
    expect(proposeSchedule('2020-2025, to be launched in 2020', from, to)).toBe('2026-2030, to be launched in 2026');
    expect(proposeSchedule('2021-2022', from, to)).toBe('2026-2027');
    expect(proposeSchedule('annually', from, to)).toBeNull();
    expect(proposeSchedule('每年', from, to)).toBeNull();
    expect(proposeSchedule('2016-2018', from, to)).toBeNull();
  });
});
