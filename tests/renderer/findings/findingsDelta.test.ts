import { describe, expect, it } from 'vitest';
import { applyWaivers, createChecker } from '../../../shared/checks/registry';
import { applyPatch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { createFindingsDecoder, createFindingsEncoder } from '../../../renderer/src/findings/findingsDelta';
import { builtinProject } from '../store/fakeMain';

const schedule = ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'schedule', 'text', 'en', 'text'];
const activityText = ['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 0, 'text', 'en', 'text'];
const bytes = (m: unknown) => JSON.stringify(m).length;

/** The checker's findings as the worker sends them, and as the page reads them after a structured clone. */
function channel() {
  const checker = createChecker();
  const encoder = createFindingsEncoder();
  const decoder = createFindingsDecoder();
  return {
    send(p: Project) {
      const result = applyWaivers(checker.check(p), p.waivers);
      const delta = encoder.encode(result);
      return { result, delta, read: delta && decoder.decode(structuredClone(delta)) };
    },
    encoder,
    decoder,
  };
}

describe('findings delta between the checker and the page', () => {
  it('the page reads the result the checker worked out; unchanged findings send nothing, changed ones only themselves', () => {
    const c = channel();
    let p = builtinProject;
    const first = c.send(p);
    expect(first.read).toEqual(first.result);
    expect(first.delta!.added).toHaveLength(first.result.active.length + first.result.waived.length);

    // Typing that changes no finding (the activity's part is checked again): nothing to send.
    p = applyPatch(p, { op: 'replace', path: activityText, value: `${p.framework.actionPlan.components[0].actions[0].activities[0].text.en.text} ` }).result;
    expect(c.send(p).delta).toBeNull();

    const written = p.framework.actionPlan.components[0].actions[0].activities[0].schedule.text.en.text;
    // An impossible schedule: one new finding crosses, the rest by number; the page keeps its objects.
    p = applyPatch(p, { op: 'replace', path: schedule, value: '2030-2020' }).result;
    const changed = c.send(p);
    expect(changed.read).toEqual(changed.result);
    expect(changed.delta!.added.map(([, f]) => f.code)).toContain('schedule-reversed');
    expect(changed.delta!.added.length).toBeLessThan(5);
    const kept = changed.read!.active.filter((f) => first.read!.active.includes(f));
    expect(kept.length).toBe(first.result.active.length);

    // Writing it back: the finding leaves, nothing new crosses.
    p = applyPatch(p, { op: 'replace', path: schedule, value: written }).result;
    const back = c.send(p);
    expect(back.delta!.added).toEqual([]);
    expect(back.read).toEqual(back.result);
  });

  it('waiving a finding moves it by number; a number the page never got asks for everything again', () => {
    const c = channel();
    const p = builtinProject;
    const first = c.send(p);
    const f = first.result.active[0];
    const waived = { ...p, waivers: [...p.waivers, { key: f.key, reason: 'intended', at: '2026-01-01T00:00:00.000Z' }] };
    const w = c.send(waived);
    expect(w.delta!.added).toEqual([]);
    expect(w.read).toEqual(w.result);
    expect(w.read!.waived.map((x) => x.finding.key)).toContain(f.key);

    expect(createFindingsDecoder().decode({ added: [], active: [1], waived: [], counts: { error: 0, warning: 0, info: 0 } })).toBeNull();
    c.encoder.reset();
    const again = c.send(p);
    expect(again.delta!.added.length).toBe(again.result.active.length + again.result.waived.length);
  });

  it('at ten times the published size a changed finding crosses in a few hundred bytes, not the whole result', () => {
    const c = channel();
    let p = generateLargeFramework(builtinProject, { scale: 10 });
    const first = c.send(p);
    expect(first.read).toEqual(first.result);
    p = applyPatch(p, { op: 'replace', path: schedule, value: '2030-2020' }).result;
    const changed = c.send(p);
    expect(changed.read).toEqual(changed.result);
    const added = bytes(changed.delta!.added);
    expect(added).toBeLessThan(2_000);
    expect(bytes(changed.delta)).toBeLessThan(bytes(changed.result) / 20);
  });
});
