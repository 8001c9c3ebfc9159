import { BuilderElement, NextAttributeComponent, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { libraryAttributes, linearAttributes } from '../../../electron/services/word/librarySpeedups';
import { runOptions } from '../../../electron/services/word/runs';

/**
 * The linear attribute writer (electron/services/word/librarySpeedups.ts) returns what the
 * library's own method returns: same keys, same order, same values, undefined left out.
 */

type Root = Record<string, { key: string; value: unknown }>;
const both = (root: Root) => {
  const component = new NextAttributeComponent(root as never) as unknown as { root: Root };
  const context = { stack: [] };
  return [libraryAttributes.call(component, context), linearAttributes.call(component, context)];
};

describe('linear attributes', () => {
  it.each<[string, Root]>([
    ['none', {}],
    ['one', { val: { key: 'w:val', value: 'en-GB' } }],
    ['fonts', { ascii: { key: 'w:ascii', value: 'Times New Roman' }, eastAsia: { key: 'w:eastAsia', value: 'SimSun' }, hAnsi: { key: 'w:hAnsi', value: 'Times New Roman' }, cs: { key: 'w:cs', value: undefined } }],
    ['numbers and booleans', { before: { key: 'w:before', value: 0 }, after: { key: 'w:after', value: 240 }, auto: { key: 'w:beforeAutospacing', value: false } }],
    ['two names for one key: the later value, the first place', { a: { key: 'w:val', value: 1 }, b: { key: 'w:x', value: 2 }, c: { key: 'w:val', value: 3 } }],
    ['integer-like keys', { a: { key: '2', value: 'two' }, b: { key: '1', value: 'one' }, c: { key: 'w:z', value: 'z' } }],
  ])('%s', (_, root) => {
    const [library, linear] = both(root);
    expect(linear).toEqual(library);
    expect(Object.keys(linear._attr)).toEqual(Object.keys(library._attr));
  });

  it('on the elements our runs make (fonts and language of a Chinese run)', () => {
    const run = new TextRun(runOptions('中国－东盟', { bold: true, heading: true })) as unknown as { root: unknown[] };
    const attributeComponents: { root: Root }[] = [];
    const walk = (node: unknown): void => {
      if (node instanceof NextAttributeComponent) attributeComponents.push(node as unknown as { root: Root });
      const children = (node as { root?: unknown }).root;
      if (Array.isArray(children)) children.forEach(walk);
    };
    walk(run);
    walk(new BuilderElement({ name: 'w:spacing', attributes: { before: { key: 'w:before', value: 240 }, after: { key: 'w:after', value: undefined } } }));
    walk(new Paragraph({ spacing: { before: 120, after: 60, line: 276 }, indent: { left: 400, hanging: 200 } }));
    expect(attributeComponents.length).toBeGreaterThan(2);
    for (const c of attributeComponents) expect(linearAttributes.call(c, {})).toEqual(libraryAttributes.call(c, {}));
  });
});
