import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listElements } from '../../../shared/model/elements';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { loadProjectText } from '../../../shared/model/loadProject';
import { editText, needsTranslation } from '../../../shared/model/operations';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';

function builtin(): Project {
  const r = loadProjectText(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('the built-in edition does not load');
  return r.project;
}

function nodes(roots: readonly OutlineNode[]): OutlineNode[] {
  return roots.flatMap((n) => [n, ...nodes(n.children)]);
}

/** The tree as plain data (what a fresh build would give), for comparing builds. */
const plain = (roots: readonly OutlineNode[]): unknown => JSON.parse(JSON.stringify(roots));

describe('buildOutline', () => {
  it('gives each node the bilingual fields its element has (as listElements names them)', () => {
    for (const project of [builtin(), generateLargeFramework(builtin(), { scale: 10 })]) {
      const fw = project.framework;
      const fields = new Map(listElements(fw).map((e) => [e.id, e.fields.map((f) => f.value)]));
      for (const n of nodes(buildOutline(fw))) {
        if (n.id === '#actionPlan') expect(n.texts).toEqual([]);
        else expect(n.texts).toEqual(fields.get(n.id));
        // So "untranslated" on a node is exactly its element's fields needing translation.
        expect(n.texts.some(needsTranslation)).toBe((fields.get(n.id) ?? []).some(needsTranslation));
      }
    }
  });

  it('after an edit, only the edited element and its ancestors are new nodes; the tree equals a fresh build', () => {
    const before = builtin();
    const roots = buildOutline(before.framework);
    const id = before.framework.actionPlan.components[1].actions[0].activities[0].id;
    const op = editText(before, id, 'text', 'en', 'Joint workshop on marine plastics');
    const after = applyPatches(before, op.patches).result;
    const next = buildOutline(after.framework);
    const old = new Set(nodes(roots));
    const fresh = nodes(next).filter((n) => !old.has(n));
    expect(fresh.map((n) => n.id)).toEqual(['s6', '#actionPlan', before.framework.actionPlan.components[1].id, before.framework.actionPlan.components[1].actions[0].id, id]);
    expect(fresh.at(-1)!.title!.en.text).toBe('Joint workshop on marine plastics');
    expect(plain(next)).toEqual(plain(buildOutline(structuredClone(after.framework))));
    // Nothing changed: the very same nodes.
    expect(buildOutline(after.framework)).toEqual(next);
    expect(buildOutline(after.framework)[1]).toBe(next[1]);
  });

  it('a moved element keeps no stale label: nodes whose label changed are new', () => {
    const p = builtin();
    const roots = buildOutline(p.framework);
    const fw = structuredClone(p.framework);
    // Same part objects, but the first two components swapped: their labels change.
    const swapped = { ...p.framework, components: [p.framework.components[1], p.framework.components[0], ...p.framework.components.slice(2)] };
    const next = buildOutline(swapped);
    const comps = nodes(next).filter((n) => n.kind === 'component');
    expect(comps.map((n) => n.label)).toEqual(['Component 1', 'Component 2', 'Component 3', 'Component 4']);
    expect(comps[0].id).toBe(p.framework.components[1].id);
    expect(plain(next)).toEqual(plain(buildOutline({ ...fw, components: [fw.components[1], fw.components[0], ...fw.components.slice(2)] })));
    expect(nodes(roots).filter((n) => n.kind === 'component')[2]).toBe(comps[2]);
  });
});
