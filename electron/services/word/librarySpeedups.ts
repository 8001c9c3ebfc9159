import { EMPTY_OBJECT, NextAttributeComponent, XmlComponent, isXmlComponent } from 'docx';

/**
 * Speed fixes for the `docx` library (9.15), same output, on the two methods every element of a
 * document goes through when it is written:
 *
 * - `NextAttributeComponent.prepForXml` (the attributes of every run font, language, spacing,
 *   indent… element) builds its attribute object by spreading the object so far once per
 *   attribute, through the library's down-levelled spread helper: a new object per attribute,
 *   quadratic in the attributes. This version assigns each attribute once, in the same order, the
 *   later of two equal keys winning, undefined values left out (as the library does).
 * - `XmlComponent.prepForXml` (every element with children) collects its children's objects
 *   with `flatMap` and then `filter`: two arrays per element. This version fills one array, with
 *   the same flattening (one level, a child written as several parts giving one entry per part)
 *   and the same undefined values left out.
 *
 * `tests/electron/word/librarySpeedups.test.ts` compares each with the library's own method (the
 * attributes on their own, and a whole exported document byte for byte), so a library update that
 * changes what a method returns fails there.
 */

type Attribute = { key: string; value: unknown };
type AttributesPrep = (this: { root: Record<string, Attribute> }, context: unknown) => { _attr: Record<string, unknown> };

interface Component {
  rootKey: string;
  root: unknown[];
  readonly writtenAs?: readonly { prepForXml(context: Context): unknown }[];
  prepForXml(context: Context): unknown;
}
interface Context {
  stack: unknown[];
}
type ComponentPrep = (this: Component, context: Context) => unknown;

const attributesPrototype = NextAttributeComponent.prototype as unknown as { prepForXml: AttributesPrep };
const componentPrototype = XmlComponent.prototype as unknown as { prepForXml: ComponentPrep };

/** The library's own methods, before `useLibrarySpeedups` replaces them (for the equivalence tests). */
export const libraryAttributes: AttributesPrep = attributesPrototype.prepForXml;
export const libraryComponent: ComponentPrep = componentPrototype.prepForXml;

export const linearAttributes: AttributesPrep = function (this: { root: Record<string, Attribute> }) {
  const attributes: Record<string, unknown> = {};
  // Keys are the library's own attribute names (w:val, w:eastAsia…), never data, so plain assignment is safe.
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attributes[key] = value;
  return { _attr: attributes };
};

export const linearComponent: ComponentPrep = function (this: Component, context: Context) {
  context.stack.push(this);
  const children: unknown[] = [];
  // As flatMap + filter: an array is spread one level, undefined left out.
  const add = (value: unknown) => {
    if (!Array.isArray(value)) {
      if (value !== undefined) children.push(value);
      return;
    }
    for (const v of value) if (v !== undefined) children.push(v);
  };
  for (const child of this.root) {
    if (!isXmlComponent(child)) {
      add(child);
      continue;
    }
    const component = child as unknown as Component;
    const parts = component.writtenAs;
    if (!parts) {
      add(component.prepForXml(context));
      continue;
    }
    for (const part of parts) {
      const value = part.prepForXml(context);
      if (value !== undefined) children.push(value);
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | undefined) : undefined;
  return { [this.rootKey]: children.length ? (only?._attr ? only : children) : EMPTY_OBJECT };
};

/** Replace the library's methods with the ones above (idempotent). */
export function useLibrarySpeedups(): void {
  attributesPrototype.prepForXml = linearAttributes;
  componentPrototype.prepForXml = linearComponent;
}

/** Put the library's own methods back (for the equivalence tests). */
export function useLibraryOriginals(): void {
  attributesPrototype.prepForXml = libraryAttributes;
  componentPrototype.prepForXml = libraryComponent;
}
