import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFieldLists } from '../../../shared/checks/fieldTable';
import { createChecker, findingsOf } from '../../../shared/checks/registry';
import { eachField, type FieldPart, type RuleDefinition } from '../../../shared/checks/rule';
import { forEachField, partsOf } from '../../../shared/checks/walk';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { applyPatch } from '../../../shared/model/patch/patch';
import { builtin } from './helpers';

/**
 * The fields of the document are listed once per run for every field step (fieldTable.ts): the
 * lists must be the walk's fields, re-listed only for the part an edit touched, and a field
 * unchanged must keep its object (steps reuse a result by that identity alone).
 */
describe('the field lists the checker shares between rules', () => {
  const project = builtin();
  const activity = ['framework', 'actionPlan', 'components', 2, 'actions', 0, 'activities', 1, 'text', 'en', 'text'];

  it('list every field of the walk, in order, with its id, kind, name and value object', () => {
    const expected: FieldPart[] = [];
    forEachField(project.framework, (id, kind, field, value) => expected.push({ id, kind, field, value }));
    const lists = createFieldLists().of(partsOf(project.framework));
    expect(lists.flat()).toEqual(expected);
    expect(lists.flat().every((f, i) => f.value === expected[i].value)).toBe(true);
  });

  it('keep the list of an untouched part, and in a touched part the object of every unchanged field', () => {
    const lists = createFieldLists();
    const before = lists.of(partsOf(project.framework));
    const edited = applyPatch(project, { op: 'replace', path: activity, value: 'Typed' }).result;
    const after = lists.of(partsOf(edited.framework));
    const changed = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    // Only the action-plan component typed in is listed again.
    expect(changed).toHaveLength(1);
    const [i] = changed;
    const fresh = after[i].filter((f, j) => f !== before[i][j]);
    expect(fresh.map((f) => [f.id, f.field, f.value.en.text])).toEqual([[edited.framework.actionPlan.components[2].actions[0].activities[1].id, 'text', 'Typed']]);
  });

  it('a field step sees each field of a re-listed part once, and only the field typed in is checked again', () => {
    const seen: string[] = [];
    const rule: RuleDefinition = {
      id: 'probe',
      family: 'content',
      codes: {},
      steps: [eachField({ check: (f) => (seen.push(`${f.id}.${f.field}`), []) })],
    };
    const checker = createChecker([rule]);
    checker.check(project);
    seen.length = 0;
    const edited = applyPatch(project, { op: 'replace', path: activity, value: 'Typed' }).result;
    checker.check(edited);
    expect(seen).toEqual([`${edited.framework.actionPlan.components[2].actions[0].activities[1].id}.text`]);
  });

  it('at ten times the size, a checker that remembers agrees with a fresh one after random keystrokes', () => {
    const big = generateLargeFramework(project, { scale: 10 });
    const fw = big.framework;
    // Places to type in: English and Chinese of activities, annex entries and main activities, and schedules.
    const places: Array<Array<string | number>> = [];
    fw.actionPlan.components.forEach((pc, c) =>
      pc.actions.forEach((a, k) =>
        a.activities.forEach((_x, j) => {
          if ((c + k + j) % 7 !== 0) return;
          for (const lang of ['en', 'zh']) places.push(['framework', 'actionPlan', 'components', c, 'actions', k, 'activities', j, 'text', lang, 'text']);
          places.push(['framework', 'actionPlan', 'components', c, 'actions', k, 'activities', j, 'schedule', 'text', 'en', 'text']);
        }),
      ),
    );
    fw.annex.areas.forEach((a, i) => a.entries.forEach((_e, j) => j % 9 === 0 && places.push(['framework', 'annex', 'areas', i, 'entries', j, 'text', 'en', 'text'])));
    fw.components.forEach((c, i) => c.mainActivities.forEach((_m, j) => places.push(['framework', 'components', i, 'mainActivities', j, 'text', 'en', 'text'])));
    const typed = ['a', ' ', '(1)', '2030', 'TODO', 'ASEAN-China Environmental Cooperation Forum', '东盟', ''];
    const checker = createChecker();
    let p = big;
    checker.check(p);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(places.length - 1), fc.nat(typed.length - 1), fc.boolean()), { minLength: 1, maxLength: 5 }), (keys) => {
        for (const [at, what, replace] of keys) {
          const path = places[at];
          let node: unknown = p;
          for (const k of path) node = (node as Record<string | number, unknown>)[k];
          // A keystroke appends; now and then a whole text is replaced (a paste, an undo).
          const value = replace ? typed[what] : `${String(node)}${typed[what]}`;
          p = applyPatch(p, { op: 'replace', path, value }).result;
          expect(checker.check(p)).toEqual(findingsOf(p));
        }
      }),
      { numRuns: 4 },
    );
  });
});
