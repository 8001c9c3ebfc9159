import { deflateSync } from 'node:zlib';

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
  scale?: number;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/** Beyond this many words per face the cache starts again (keeps memory bounded on huge documents). */
const MAX_WORDS_PER_FACE = 200_000;

const shared = new Map<string, Map<string, unknown>>();
const faceKeys = new WeakMap<object, string>();
const NO_FONT: { postscriptName?: string; numGlyphs?: number } = {};
let patched = false;

/**
 * Han characters, CJK punctuation and full-width forms: text made only of these is shaped one
 * character at a time and the runs put side by side. That is how pdfmake measured it (every
 * Chinese character is a word of its own), and for Noto Serif SC it is also what shaping the
 * whole string gives: checked for every run of two or more such characters in the built-in
 * edition, both weights (its kerning and contextual features leave these characters alone).
 * It lets a line drawn as one text object (pdfmakeLines.ts) reuse the characters' cached runs.
 */
export const CJK_COMPOSABLE = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+$/u;

interface RunLike {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

/**
 * One such character is its glyph from the character map at its advance width: for Noto Serif SC
 * (both weights) that is what fontkit's shaping gives for every character of these ranges in the
 * font (checked one by one). Going straight to the glyph spares the first export in a process
 * from reading the Chinese font's large substitution and positioning tables.
 */
function singleGlyphRun(font: EmbeddedFontLike, text: string): RunLike {
  const f = font.font as { glyphForCodePoint?(cp: number): { advanceWidth: number } } | undefined;
  if (typeof f?.glyphForCodePoint !== 'function' || typeof font.scale !== 'number') return font.layoutRun(text) as RunLike;
  const glyph = f.glyphForCodePoint(text.codePointAt(0)!);
  const advance = glyph.advanceWidth * font.scale;
  return { glyphs: [glyph], positions: [{ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }], advanceWidth: advance };
}

function composeRun(font: EmbeddedFontLike, text: string): RunLike {
  const glyphs: unknown[] = [];
  const positions: unknown[] = [];
  let advanceWidth = 0;
  for (const ch of text) {
    const run = font.layoutCached(ch) as RunLike;
    for (const g of run.glyphs) glyphs.push(g);
    for (const p of run.positions) positions.push(p);
    advanceWidth += run.advanceWidth;
  }
  return { glyphs, positions, advanceWidth };
}

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
      run = CJK_COMPOSABLE.test(text) ? (text.length > 1 ? composeRun(this, text) : singleGlyphRun(this, text)) : this.layoutRun(text);
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

interface PdfReferenceLike {
  [PENDING]?: number;
  buffer: Array<string | Uint8Array>;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
}

let writesBatched = false;
const DEFLATE_LEVEL = 1;
/** How many strings at the end of a stream's buffer have not been made bytes yet. */
const PENDING = Symbol('pending');
/**
 * Strings gathered before they are made one Buffer. pdfmake keeps every page open until the whole
 * document is drawn, so what a page's stream holds lives to the end of the export: as strings it
 * was ~40 MB of young objects the garbage collector copied and promoted (bilingual report); as
 * Buffers it is a few small objects (their bytes live outside the JavaScript heap).
 */
const BATCH = 512;

/** The strings at the end of `ref.buffer` made one Buffer, in their place. */
function settle(ref: PdfReferenceLike): void {
  const n = ref[PENDING] ?? 0;
  if (!n) return;
  const start = ref.buffer.length - n;
  const bytes = Buffer.from((ref.buffer.slice(start) as string[]).join(''), 'latin1');
  ref.buffer.length = start;
  ref.buffer.push(bytes);
  ref[PENDING] = 0;
}

/**
 * pdfkit turns every operator it writes into a page's content stream (a few bytes: `BT`, a
 * colour, a font, a glyph run) into a Buffer of its own, and concatenates them all when the page
 * ends: tens of thousands of tiny Buffers per document. This keeps the strings as they come and
 * makes one Buffer of each stretch of them when the stream is finalised: the same bytes, in the
 * same order (pdfkit writes them as latin1, one byte per character, so the lengths it records
 * are the strings' lengths). Installed from a rendered document's page content (pdfkit does not
 * export the class); any surprise in pdfkit's shape leaves it as it is.
 */
export function batchStreamWrites(pdfDocument: unknown): void {
  if (writesBatched) return;
  const content = (pdfDocument as { page?: { content?: unknown } }).page?.content as PdfReferenceLike | undefined;
  const proto = content ? (Object.getPrototypeOf(content) as PdfReferenceLike) : null;
  if (!proto || typeof proto.write !== 'function' || typeof proto.finalize !== 'function' || !Array.isArray(content!.buffer) || typeof content!.uncompressedLength !== 'number') return;
  writesBatched = true;
  const write = proto.write;
  const finalize = proto.finalize;
  proto.write = function (this: PdfReferenceLike, chunk: unknown): void {
    if (chunk instanceof Uint8Array) {
      settle(this);
      return write.call(this, chunk);
    }
    const text = `${chunk as string}\n`;
    this.uncompressedLength += text.length;
    this.buffer.push(text);
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
    const pending = (this[PENDING] ?? 0) + 1;
    this[PENDING] = pending;
    if (pending >= BATCH) settle(this);
  };
  proto.finalize = function (this: PdfReferenceLike): void {
    settle(this);
    if (this.buffer.some((c) => typeof c === 'string')) {
      const parts: Uint8Array[] = [];
      let pending: string[] = [];
      const flush = () => {
        if (pending.length) parts.push(Buffer.from(pending.join(''), 'latin1'));
        pending = [];
      };
      for (const c of this.buffer) {
        if (typeof c === 'string') pending.push(c);
        else {
          flush();
          parts.push(c);
        }
      }
      flush();
      this.buffer = parts;
    }
    if (this.compress && this.buffer.length) {
      // pdfkit deflates at zlib's default level 6; level 1 takes a fraction of the time for a
      // file a few per cent larger (the built-in edition: ~8 %).
      this.buffer = [deflateSync(Buffer.concat(this.buffer as Uint8Array[]), { level: DEFLATE_LEVEL })];
      this.compress = false;
      this.data.Filter = 'FlateDecode';
    }
    finalize.call(this);
  };
}

interface SubsetLike {
  font: object;
  glyphs: number[];
  mapping: Record<number, number>;
  encode(): Uint8Array;
}

let subsetsCached = false;
/** Subsets kept per font: a handful of documents (layouts, languages) exported in turn. */
const MAX_SUBSETS_PER_FONT = 8;

/**
 * Embedding a font writes a subset of it (fontkit re-encodes every glyph used: ~1,800 glyphs of
 * the Chinese face for the built-in edition). Exporting the same document again asks for the very
 * same glyphs in the same order, so the encoded subset is kept per font and glyph list; a hit
 * also restores the glyphs the encoding added (components of composite glyphs). Installed from a
 * rendered document's font; any surprise in fontkit's shape leaves it as it is.
 */
export function shareFontSubsets(pdfDocument: unknown): void {
  if (subsetsCached) return;
  const fontCache = (pdfDocument as { fontCache?: Record<string, Record<string, { subset?: SubsetLike }>> }).fontCache;
  const subset = fontCache ? Object.values(fontCache).flatMap((faces) => Object.values(faces))[0]?.subset : undefined;
  const proto = subset ? (Object.getPrototypeOf(subset) as SubsetLike) : null;
  if (!proto || typeof proto.encode !== 'function' || !Array.isArray(subset!.glyphs) || typeof subset!.mapping !== 'object') return;
  subsetsCached = true;
  const encode = proto.encode;
  const cache = new WeakMap<object, Map<string, { bytes: Uint8Array; glyphs: number[] }>>();
  proto.encode = function (this: SubsetLike): Uint8Array {
    const key = this.glyphs.join(',');
    let perFont = cache.get(this.font);
    const known = perFont?.get(key);
    if (known) {
      for (let i = this.glyphs.length; i < known.glyphs.length; i++) {
        this.glyphs.push(known.glyphs[i]);
        this.mapping[known.glyphs[i]] = i;
      }
      return known.bytes;
    }
    const bytes = encode.call(this);
    if (!perFont || perFont.size >= MAX_SUBSETS_PER_FONT) {
      perFont = new Map();
      cache.set(this.font, perFont);
    }
    perFont.set(key, { bytes, glyphs: [...this.glyphs] });
    return bytes;
  };
}
