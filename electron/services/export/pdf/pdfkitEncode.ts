/**
 * pdfkit's `EmbeddedFont.encode` turns every glyph it draws into the 4-digit hex of its id in the
 * document's font subset by building three strings (`0000${gid.toString(16)}`.slice(-4)): over a
 * bilingual self-evaluation report that is a few hundred thousand short strings made and dropped.
 * The replacement keeps the hex of each subset id once per embedded font (ids belong to one
 * document's subset, and so does the embedded font) and is otherwise pdfkit's code: the same
 * glyphs included in the subset in the same order, the same widths and code points recorded.
 *
 * Installed from a rendered document's font (pdfkit does not export the class); any surprise in
 * its shape leaves pdfkit's encode in place.
 */

interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface EmbeddedFontLike {
  [HEX]?: string[];
  subset: { includeGlyph(id: number): number };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  scale: number;
  layout(text: string, features?: unknown): { glyphs: GlyphLike[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
}

/** The hex of subset ids already written by this embedded font, by id. */
const HEX = Symbol('hex');

let installed = false;

/** Installs the encode above on the prototype of `pdfDocument`'s embedded fonts. */
export function cacheGlyphHex(pdfDocument: unknown): void {
  if (installed) return;
  const fontCache = (pdfDocument as { fontCache?: Record<string, Record<string, unknown>> }).fontCache;
  const sample = fontCache ? (Object.values(fontCache).flatMap((faces) => Object.values(faces))[0] as EmbeddedFontLike | undefined) : undefined;
  const proto = sample ? (Object.getPrototypeOf(sample) as EmbeddedFontLike) : null;
  if (
    !proto ||
    typeof proto.encode !== 'function' ||
    typeof proto.layout !== 'function' ||
    typeof sample!.subset?.includeGlyph !== 'function' ||
    !Array.isArray(sample!.widths) ||
    !Array.isArray(sample!.unicode)
  ) {
    return;
  }
  installed = true;
  proto.encode = function encode(this: EmbeddedFontLike, text: string, features?: unknown): [string[], unknown[]] {
    const { glyphs, positions } = this.layout(text, features);
    const hex = (this[HEX] ??= []);
    const res = new Array<string>(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i];
      const gid = this.subset.includeGlyph(glyph.id);
      res[i] = hex[gid] ??= `0000${gid.toString(16)}`.slice(-4);
      if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
      if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
    }
    return [res, positions];
  };
}
