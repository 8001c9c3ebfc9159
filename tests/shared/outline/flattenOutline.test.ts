import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProjectText } from '../../../shared/model/loadProject';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';
import { flattenOutline, pathTo, rowStartingWith } from '../../../shared/outline/flattenOutline';

const node = (id: string, children: OutlineNode[] = []): OutlineNode => ({ id, kind: 'section', label: '', labelOverridden: false, title: null, texts: [], children });
const tree = [node('a', [node('a1'), node('a2', [node('a2x')])]), node('b'), node('c', [node('c1')])];

describe('flattenOutline', () => {
  it('lists the rows a reader sees, in document order, with level and place among siblings', () => {
    const rows = flattenOutline(tree, new Set());
    expect(rows.map((r) => [r.node.id, r.level, r.setSize, r.posInSet, r.parent, r.expanded])).toEqual([
      ['a', 1, 3, 1, -1, true],
      ['a1', 2, 2, 1, 0, false],
      ['a2', 2, 2, 2, 0, true],
      ['a2x', 3, 1, 1, 2, false],
      ['b', 1, 3, 2, -1, false],
      ['c', 1, 3, 3, -1, true],
      ['c1', 2, 1, 1, 5, false],
    ]);
  });

  it('skips the descendants of a collapsed node, which says it is collapsed', () => {
    const rows = flattenOutline(tree, new Set(['a2', 'c']));
    expect(rows.map((r) => r.node.id)).toEqual(['a', 'a1', 'a2', 'b', 'c']);
    expect(rows.find((r) => r.node.id === 'c')!.expanded).toBe(false);
    // Collapsing a node inside a collapsed one changes nothing shown.
    expect(flattenOutline(tree, new Set(['a', 'a2'])).map((r) => r.node.id)).toEqual(['a', 'b', 'c', 'c1']);
  });

  it('covers every node of the published edition once when nothing is collapsed', () => {
    const r = loadProjectText(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('the built-in edition does not load');
    const roots = buildOutline(r.project.framework);
    const rows = flattenOutline(roots, new Set());
    let count = 0;
    const walk = (ns: readonly OutlineNode[]) => ns.forEach((n) => (count++, walk(n.children)));
    walk(roots);
    expect(new Set(rows.map((x) => x.node.id)).size).toBe(rows.length);
    expect(rows.length).toBe(count);
    // Each row's parent row is the node's parent, and its level one more.
    for (const row of rows) {
      const path = pathTo(roots, row.node.id)!;
      expect(path.at(-1)).toBe(row.node);
      expect(row.level).toBe(path.length);
      if (row.parent < 0) expect(path).toHaveLength(1);
      else expect(rows[row.parent].node).toBe(path.at(-2));
    }
  });
});

describe('outline paths and type-ahead', () => {
  it('gives the path from the root to a node', () => {
    expect(pathTo(tree, 'a2x')!.map((n) => n.id)).toEqual(['a', 'a2', 'a2x']);
    expect(pathTo(tree, 'b')!.map((n) => n.id)).toEqual(['b']);
    expect(pathTo(tree, 'nowhere')).toBeNull();
  });

  it('finds the next row starting with the letters typed, wrapping round, ignoring case', () => {
    const texts = ['Background', 'Action Plan', 'Annex', 'Action plan'];
    expect(rowStartingWith(texts, 0, 'a')).toBe(1);
    expect(rowStartingWith(texts, 1, 'a')).toBe(2);
    expect(rowStartingWith(texts, 1, 'act')).toBe(3);
    expect(rowStartingWith(texts, 3, 'b')).toBe(0);
    expect(rowStartingWith(texts, 0, 'z')).toBe(-1);
  });
});
