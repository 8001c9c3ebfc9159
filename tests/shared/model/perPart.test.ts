import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import { elementParentIds, indexElements, listElements } from '../../../shared/model/elements';
import type { Framework } from '../../../shared/model/framework';
import { computeLabels } from '../../../shared/model/labels';
import { loadProjectText } from '../../../shared/model/loadProject';
import { duplicateElement, editText, isMovable, moveElement, removeElement, setLabel } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import { joiner, perObject, perPart, sameItems } from '../../../shared/model/perPart';
import type { Project } from '../../../shared/model/project';
import { elementLocator } from '../../../shared/checks/locate';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

describe('perPart', () => {
  it('derives a part once per context, again for a new part object or a new context', () => {
    const derive = vi.fn((part: { n: number }, [k]: readonly [number]) => part.n * k);
    const memo = perPart(derive);
    const a = { n: 2 };
    expect(memo(a, [3])).toBe(6);
    expect(memo(a, [3])).toBe(6);
    expect(derive).toHaveBeenCalledTimes(1);
    expect(memo(a, [4])).toBe(8);
    expect(memo({ n: 2 }, [4])).toBe(8);
    expect(derive).toHaveBeenCalledTimes(3);
  });

  it('perObject remembers per object', () => {
    const derive = vi.fn((o: { n: number }) => ({ twice: o.n * 2 }));
    const memo = perObject(derive);
    const o = { n: 1 };
    expect(memo(o)).toBe(memo(o));
    expect(derive).toHaveBeenCalledTimes(1);
  });

  it('a joiner rebuilds only when a share changed, by identity or by what sameShare compares', () => {
    const build = vi.fn((shares: ReadonlyArray<readonly number[]>) => shares.flat());
    const join = joiner(build, (a, b) => sameItems(a, b, Object.is));
    const x = [1, 2];
    const y = [3];
    const first = join([x, y]);
    expect(join([x, y])).toBe(first);
    // A new share holding the same values: the same value, no build.
    expect(join([[1, 2], y])).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    const changed = join([[1, 5], y]);
    expect(changed).toEqual([1, 5, 3]);
    expect(build).toHaveBeenCalledTimes(2);
    expect(join([x])).toEqual([1, 2]);
  });
});

function builtin(): Project {
  const r = loadProjectText(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('built-in edition does not load');
  return r.project;
}

/** An outline as plain data (ids, labels, titles, children), for comparing by value. */
const plain = (nodes: readonly OutlineNode[]): unknown => nodes.map((n) => [n.id, n.kind, n.label, n.labelOverridden, n.title, n.texts, plain(n.children)]);

/** Everything derived incrementally from a framework, as plain values. */
function derived(fw: Framework) {
  const locate = elementLocator(fw, 'zh');
  return {
    list: listElements(fw).map((e) => [e.id, e.kind, e.parentId, e.path, e.fields]),
    index: [...indexElements(fw)].map(([id, e]) => [id, e.path]),
    labels: [...computeLabels(fw)],
    labelsZh: [...computeLabels(fw, 'zh')],
    parents: [...elementParentIds(fw)],
    outline: plain(buildOutline(fw)),
    locations: listElements(fw).map((e) => locate(e.id)),
  };
}

/**
 * The same, from scratch: fresh copies of the modules (no part remembered, no last join) over a
 * deep copy of the framework (no part object any cache has seen).
 */
async function fromScratch(fw: Framework) {
  vi.resetModules();
  const elements = await import('../../../shared/model/elements');
  const labels = await import('../../../shared/model/labels');
  const outline = await import('../../../shared/outline/buildOutline');
  const locate = await import('../../../shared/checks/locate');
  const copy = cloneJson(fw);
  const locator = locate.elementLocator(copy, 'zh');
  return {
    list: elements.listElements(copy).map((e) => [e.id, e.kind, e.parentId, e.path, e.fields]),
    index: [...elements.indexElements(copy)].map(([id, e]) => [id, e.path]),
    labels: [...labels.computeLabels(copy)],
    labelsZh: [...labels.computeLabels(copy, 'zh')],
    parents: [...elements.elementParentIds(copy)],
    outline: plain(outline.buildOutline(copy)),
    locations: elements.listElements(copy).map((e) => locator(e.id)),
  };
}

/** One edit a drafter could make: type, relabel, reorder, duplicate or remove an element. */
type Edit =
  | { kind: 'type'; pick: number; text: string }
  | { kind: 'label'; pick: number; label: string | null }
  | { kind: 'move'; pick: number; to: number }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'remove'; pick: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), pick: fc.nat(), text: fc.string({ maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('label' as const), pick: fc.nat(), label: fc.option(fc.constantFrom('Activity 9-9', 'X', '7.', 'Component 1'), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
);

let fresh = 0;
function applyEdit(project: Project, e: Edit): Project {
  const all = listElements(project.framework);
  const el = all[e.pick % all.length];
  try {
    const op = (() => {
      switch (e.kind) {
        case 'type': {
          const field = el.fields[0];
          return field ? editText(project, el.id, field.name, e.text.length % 2 ? 'en' : 'zh', e.text) : null;
        }
        case 'label':
          return setLabel(project, el.id, e.label);
        case 'move':
          return isMovable(el.kind) ? moveElement(project, el.id, e.to % 3) : null;
        case 'duplicate':
          return isMovable(el.kind) ? duplicateElement(project, el.id, () => `fresh-${++fresh}`) : null;
        case 'remove':
          return isMovable(el.kind) ? removeElement(project, el.id) : null;
      }
    })();
    return op ? applyPatches(project, op.patches).result : project;
  } catch {
    // An edit this element does not allow (no label, index out of range, last of a kind): skipped.
    return project;
  }
}

describe('derived data made per part', () => {
  const start = builtin();

  it('equal a computation from scratch after every edit of random edit sequences (none goes stale)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        let project = start;
        derived(project.framework);
        for (const e of edits) {
          project = applyEdit(project, e);
          expect(derived(project.framework)).toEqual(await fromScratch(project.framework));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('typing keeps the labels, the parents and the locator by identity, and the outline nodes of every other part', () => {
    const project = cloneJson(start);
    const before = project.framework;
    const activity = before.actionPlan.components[1].actions[0].activities[0];
    // As the renderer meets them: the revision before the keystroke, then the one after it.
    const seen = { labels: computeLabels(before, 'zh'), parents: elementParentIds(before), locate: elementLocator(before, 'zh') };
    const after = applyPatches(project, editText(project, activity.id, 'text', 'en', 'typed').patches).result.framework;
    expect(computeLabels(after, 'zh')).toBe(seen.labels);
    expect(elementParentIds(after)).toBe(seen.parents);
    expect(elementLocator(after, 'zh')).toBe(seen.locate);
    const planOf = (fw: Framework) => {
      const find = (ns: readonly OutlineNode[]): OutlineNode | undefined => ns.find((n) => n.id === '#actionPlan') ?? ns.map((n) => find(n.children)).find(Boolean);
      return find(buildOutline(fw))!;
    };
    const b = planOf(before).children;
    const a = planOf(after).children;
    expect(a[1]).not.toBe(b[1]);
    expect(a.filter((_, i) => i !== 1).every((n, i) => n === b.filter((_, j) => j !== 1)[i])).toBe(true);
    // The edited activity's node carries the new text.
    expect(a[1].children[0].children[0].title?.en.text).toBe('typed');
  });

  it('a label that changes makes a new labels map', () => {
    const before = start.framework;
    const activity = before.actionPlan.components[0].actions[0].activities[0];
    const after = applyPatches(start, setLabel(start, activity.id, 'Activity 42-1').patches).result.framework;
    expect(computeLabels(after)).not.toBe(computeLabels(before));
    expect(computeLabels(after).get(activity.id)?.label).toBe('Activity 42-1');
    expect(computeLabels(after, 'zh').get(activity.id)?.label).toBe('活动42-1');
  });
});
