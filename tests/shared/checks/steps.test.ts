import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../../shared/checks/finding';
import { createChecker, RULES } from '../../../shared/checks/registry';
import { eachField, eachPart, type RuleDefinition } from '../../../shared/checks/rule';
import { sameContext } from '../../../shared/checks/steps';
import { applyPatch } from '../../../shared/model/patch/patch';
import type { PlanComponent } from '../../../shared/model/framework';
import { builtin } from './helpers';

/**
 * The registry's caching contract: a step's function is called again exactly for the parts that
 * changed (by identity) or whose context changed (by value), never otherwise; rules are plain
 * steps without state of their own.
 */
describe('the checker caches each rule step per part', () => {
  const project = builtin();
  const path = (i: number) => ['framework', 'actionPlan', 'components', i, 'focus', 'en', 'text'];

  function counting() {
    const calls: string[] = [];
    const rule: RuleDefinition = {
      id: 'probe',
      family: 'content',
      codes: { 'content-empty': 'error' },
      steps: [
        eachPart(
          'planComponent',
          (pc: PlanComponent, edition: string) => {
            calls.push(pc.id);
            return [finding({ code: 'content-empty', severity: 'error', family: 'content', elementIds: [pc.id], data: { edition } })];
          },
          (input) => input.framework.metadata.edition,
        ),
      ],
    };
    return { calls, checker: createChecker([rule]) };
  }

  it('checks each part once, then only the part an edit touched', () => {
    const { calls, checker } = counting();
    const first = checker.check(project);
    const ids = project.framework.actionPlan.components.map((pc) => pc.id);
    expect(calls).toEqual(ids);
    calls.length = 0;
    expect(checker.check(project)).toEqual(first);
    expect(calls).toEqual([]);
    const edited = applyPatch(project, { op: 'replace', path: path(2), value: 'Changed' }).result;
    const after = checker.check(edited);
    expect(calls).toEqual([ids[2]]);
    expect(after.map((f) => f.elementIds[0])).toEqual(ids);
  });

  it('checks every part again when the context it reads changes, and not when it is equal in value', () => {
    const { calls, checker } = counting();
    checker.check(project);
    calls.length = 0;
    const sameEdition = { ...project, framework: { ...project.framework, metadata: { ...project.framework.metadata } } };
    checker.check(sameEdition);
    expect(calls).toEqual([]);
    const next = { ...project, framework: { ...project.framework, metadata: { ...project.framework.metadata, edition: '2026-2030' } } };
    const found = checker.check(next);
    expect(calls).toHaveLength(project.framework.actionPlan.components.length);
    expect(found.every((f) => f.data.edition === '2026-2030')).toBe(true);
  });

  it('re-checks a field whose value changed, keeping the others', () => {
    const seen: string[] = [];
    const rule: RuleDefinition = {
      id: 'fields',
      family: 'content',
      codes: {},
      steps: [
        eachField({
          check: (f): Finding[] => {
            seen.push(`${f.id}.${f.field}`);
            return [];
          },
        }),
      ],
    };
    const checker = createChecker([rule]);
    checker.check(project);
    const all = seen.length;
    expect(all).toBeGreaterThan(100);
    seen.length = 0;
    const pc = project.framework.actionPlan.components[2];
    checker.check(applyPatch(project, { op: 'replace', path: path(2), value: 'Changed' }).result);
    expect(seen).toEqual([`${pc.id}.focus`]);
  });

  it('contexts compare by value down to two levels', () => {
    expect(sameContext({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true);
    expect(sameContext({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    const o = {};
    expect(sameContext({ list: [o, 2] }, { list: [o, 2] })).toBe(true);
    expect(sameContext({ list: [o, 2] }, { list: [{}, 2] })).toBe(false);
    expect(sameContext([[o]], [[o]])).toBe(true);
    expect(sameContext([[[o]]], [[[o]]])).toBe(false);
  });

  it('every rule is steps of plain functions, with no factory of its own', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule).sort(), rule.id).toEqual(['codes', 'family', 'id', 'steps']);
      for (const step of rule.steps) expect(['part', 'field']).toContain(step.each);
    }
  });
});
