import { BuilderElement, NextAttributeComponent, Paragraph, TextRun, type Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { renderDocx } from '../../../electron/services/export/docx/renderDocx';
import { libraryAttributes, linearAttributes, useLibraryOriginals, useLibrarySpeedups } from '../../../electron/services/word/librarySpeedups';
import { libraryCompiler } from '../../../electron/services/word/zipParts';
import { buildExportModel } from '../../../shared/export/buildModel';
import { runOptions } from '../../../electron/services/word/runs';

/**
 * The speed fixes of the docx library (electron/services/word/librarySpeedups.ts) return what the
 * library's own methods return: the attributes (same keys, same order, same values, undefined
 * left out), and a whole exported document, every part byte for byte.
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
    // An attribute left undefined, as the library's own elements leave unset options.
    walk(new BuilderElement({ name: 'w:spacing', attributes: { before: { key: 'w:before', value: 240 }, after: { key: 'w:after', value: undefined as unknown as number } } }));
    walk(new Paragraph({ spacing: { before: 120, after: 60, line: 276 }, indent: { left: 400, hanging: 200 } }));
    expect(attributeComponents.length).toBeGreaterThan(2);
    for (const c of attributeComponents) expect(linearAttributes.call(c, {})).toEqual(libraryAttributes.call(c, {}));
  });
});

describe('a whole document', () => {
  it.each(['bilingual', 'side-by-side'] as const)('the %s export of the built-in edition is byte for byte the same with the library\'s own methods', async (layout) => {
    const compiler = libraryCompiler()!;
    const compile = compiler.compile.bind(compiler);
    let doc: Document | undefined;
    compiler.compile = (file, ...rest) => {
      doc = file;
      return compile(file, ...rest);
    };
    try {
      const project = await loadBuiltinEdition();
      // Every block built (no blocks kept from an earlier render): the whole document goes through the methods compared.
      await renderDocx(buildExportModel(project.framework, { layout, paper: 'a4', stage: 'draft', date: '2026-11-29' }), { cache: null });
    } finally {
      compiler.compile = compile;
    }
    try {
      useLibraryOriginals();
      const library = compile(doc!);
      useLibrarySpeedups();
      const ours = compile(doc!);
      expect([...ours.keys()]).toEqual([...library.keys()]);
      for (const [part, data] of library) expect(ours.get(part), part).toEqual(data);
      expect(String(ours.get('word/document.xml')).length).toBeGreaterThan(100_000);
    } finally {
      useLibrarySpeedups();
    }
  });
});
