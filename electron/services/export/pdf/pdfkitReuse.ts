/**
 * pdfkit lays out every word with fontkit (OpenType lookups per word) and caches the result per
 * font *per document*, so each export starts cold. The glyph runs only depend on the font and the
 * text, so this keeps one cache per font face for the life of the process: a warm export then
 * shapes only words it has not met before.
 *
 * pdfkit does not expose its EmbeddedFont class; its prototype is taken from the first rendered
 * document's fonts. The patch is defensive: if pdfkit's internals change shape, nothing is patched
 * and exports simply stay uncached.
 */

interface EmbeddedFontLike {
  font?: { postscriptName?: string; numGlyphs?: number };
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/** Beyond this many words per face the cache starts again (keeps memory bounded on huge documents). */
const MAX_WORDS_PER_FACE = 200_000;

const shared = new Map<string, Map<string, unknown>>();
const faceKeys = new WeakMap<object, string>();
const NO_FONT: { postscriptName?: string; numGlyphs?: number } = {};
let patched = false;

/** Install the process-wide layout cache using a rendered pdfmake document's font objects. */
export function shareLayoutCache(pdfDocument: unknown): void {
  if (patched) return;
  const fontCache = (pdfDocument as { fontCache?: Record<string, Record<string, unknown>> }).fontCache;
  const first = fontCache ? Object.values(fontCache).flatMap((faces) => Object.values(faces))[0] : undefined;
  const proto = first ? (Object.getPrototypeOf(first) as Partial<EmbeddedFontLike>) : null;
  if (!proto || typeof proto.layoutCached !== 'function' || typeof proto.layoutRun !== 'function') return;
  patched = true;
  proto.layoutCached = function layoutCached(this: EmbeddedFontLike, text: string): unknown {
    // fontkit computes postscriptName and numGlyphs afresh on every read (a name-table lookup):
    // the key is worked out once per parsed font.
    const font = this.font ?? NO_FONT;
    let face = faceKeys.get(font);
    if (face === undefined) {
      face = `${font.postscriptName ?? '?'}#${font.numGlyphs ?? 0}`;
      faceKeys.set(font, face);
    }
    let cache = shared.get(face);
    if (!cache || cache.size > MAX_WORDS_PER_FACE) {
      cache = new Map();
      shared.set(face, cache);
    }
    let run = cache.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      cache.set(text, run);
    }
    return run;
  };
}

/** What pdfmake's PDFDocument (a pdfkit document) offers that the font sharing below relies on. */
interface PdfDocumentLike {
  fonts: Record<string, Record<string, unknown>>;
  fontCache: Record<string, Record<string, EmbeddedFontLike | undefined>>;
  virtualfs?: { existsSync(name: string): boolean; readFileSync(name: string): Buffer };
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFontLike | undefined>;
  _font: EmbeddedFontLike;
  _fontSource: unknown;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

let fontsShared = false;

/**
 * pdfkit parses each font anew for every document (fontkit.create on the same bytes: tables,
 * names, cmap), although a parsed fontkit font is immutable and safe to share; only the embedding
 * (subset, widths) belongs to one document. This keeps the parsed fonts for the life of the
 * process and gives each document a fresh embedding of them, as pdfkit's own `font()` would.
 * Installed from a rendered document (pdfmake exports neither class); any surprise in pdfkit's
 * shape leaves the original code in charge.
 */
export function shareParsedFonts(pdfDocument: unknown): void {
  if (fontsShared) return;
  const doc = pdfDocument as PdfDocumentLike;
  const sample = doc.fontCache ? Object.values(doc.fontCache).flatMap((faces) => Object.values(faces))[0] : undefined;
  const EmbeddedFont = sample?.constructor as (new (document: unknown, font: unknown, id: string) => EmbeddedFontLike & { name?: string }) | undefined;
  const proto = Object.getPrototypeOf(doc) as PdfDocumentLike;
  if (!sample?.font || typeof EmbeddedFont !== 'function' || typeof proto.provideFont !== 'function' || typeof doc._fontCount !== 'number' || !doc._fontFamilies) return;
  fontsShared = true;
  const original = proto.provideFont;
  const parsed = new WeakMap<Buffer, unknown>();
  proto.provideFont = function provideFont(this: PdfDocumentLike, family: string, bold: boolean, italics: boolean): EmbeddedFontLike {
    const type = this.getFontType(bold, italics);
    const file = this.fonts[family]?.[type];
    const known = this.fontCache[family]?.[type];
    if (known || typeof file !== 'string' || !this.virtualfs?.existsSync(file)) return original.call(this, family, bold, italics);
    const bytes = this.virtualfs.readFileSync(file);
    const font = parsed.get(bytes);
    if (!font) {
      const embedded = original.call(this, family, bold, italics);
      parsed.set(bytes, embedded.font);
      return embedded;
    }
    const fresh = new EmbeddedFont(this, font, `F${++this._fontCount}`);
    const name = (fresh as { name?: string }).name ?? fresh.font?.postscriptName ?? `F${this._fontCount}`;
    const embedded = this._fontFamilies[name] ?? fresh;
    this._fontFamilies[name] = embedded;
    this._font = embedded;
    this._fontSource = bytes;
    (this.fontCache[family] ??= {})[type] = embedded;
    return embedded;
  };
}
