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
    const face = `${this.font?.postscriptName ?? '?'}#${this.font?.numGlyphs ?? 0}`;
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
