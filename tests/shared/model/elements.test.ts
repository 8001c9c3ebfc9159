import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listElements } from '../../../shared/model/elements';
import { ProjectSchema, type Project } from '../../../shared/model/project';

const project: Project = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));

function at(root: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

describe('listElements', () => {
  const elements = listElements(project.framework);

  it('lists every element once, with unique ids, in document order', () => {
    const ids = elements.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const kinds = elements.map((e) => e.kind);
    expect(kinds.indexOf('component')).toBeLessThan(kinds.indexOf('planComponent'));
    expect(kinds.indexOf('planComponent')).toBeLessThan(kinds.indexOf('note'));
    expect(kinds.indexOf('note')).toBeLessThan(kinds.indexOf('annexEntry'));
    expect(elements.filter((e) => e.kind === 'activity')).toHaveLength(21);
    expect(elements.filter((e) => e.kind === 'annexEntry')).toHaveLength(64);
  });

  it('every field path points at the BiText it reports, and every element path at the element', () => {
    for (const e of elements) {
      for (const f of e.fields) expect(at(project, f.path)).toBe(f.value);
      if (!e.id.startsWith('#')) expect((at(project, e.path) as { id: string }).id).toBe(e.id);
    }
  });
});
