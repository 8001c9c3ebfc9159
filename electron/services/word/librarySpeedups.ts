import { NextAttributeComponent } from 'docx';

/**
 * A speed fix for the `docx` library (9.15), same output: `NextAttributeComponent.prepForXml`
 * (the attributes of every run font, language, spacing, indent… element) builds its attribute
 * object by spreading the object so far once per attribute, through the library's down-levelled
 * spread helper: a new object per attribute, quadratic in the attributes, and about a tenth of a
 * warm export's time with its garbage. This version assigns each attribute once, in the same order,
 * the later of two equal keys winning, undefined values left out (as the library does).
 *
 * `tests/electron/word/librarySpeedups.test.ts` compares it with the library's own method on the
 * attributes our documents use and on awkward ones, so a library update that changes what the
 * method returns fails there.
 */

type Attribute = { key: string; value: unknown };
type Prep = (this: { root: Record<string, Attribute> }, context: unknown) => { _attr: Record<string, unknown> };

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: Prep };

/** The library's own method, before `useLinearAttributes` replaces it (for the equivalence test). */
export const libraryAttributes: Prep = prototype.prepForXml;

const linearAttributes: Prep = function (this: { root: Record<string, Attribute> }) {
  const attributes: Record<string, unknown> = {};
  // Keys are the library's own attribute names (w:val, w:eastAsia…), never data, so plain assignment is safe.
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attributes[key] = value;
  return { _attr: attributes };
};

/** Replace the library's method with the linear one (once; idempotent). */
export function useLinearAttributes(): void {
  prototype.prepForXml = linearAttributes;
}

export { linearAttributes };
