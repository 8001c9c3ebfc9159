import { cacheGlyphHex } from './pdfkitEncode';
import { batchStreamWrites, shareFontSubsets, shareLayoutCache, shareParsedFonts } from './pdfkitReuse';
import { installPdfmakeFastPaths } from './pdfmakeFast';
import { installRunMeasure } from './pdfmakeMeasure';
import { installLineJoining } from './pdfmakeLines';
import { installNextLine } from './pdfmakeNextLine';

/**
 * The one switch for the PDF speed-ups that patch private prototypes of pdfmake, pdfkit and
 * fontkit (pdfmakeFast.ts: style look-ups and leaf measuring; pdfmakeMeasure.ts: words measured
 * per run of like-styled words; pdfmakeNextLine.ts: line breaking without copying the words to
 * come; pdfmakeLines.ts: a line's words drawn as one text object;
 * pdfkitReuse.ts: glyph runs, parsed fonts, font subsets and stream writes shared across
 * documents; pdfkitEncode.ts: the hex of glyph ids kept per font). On by default;
 * `ACEC_PDF_SPEEDUPS=0` in the environment turns every one of them off, for the process, so the
 * libraries run as published.
 *
 * tests/electron/export/pdfSpeedups.test.ts renders the built-in edition with and without them
 * and compares the pages (page count, pdftotext of every page): after an upgrade of pdfmake,
 * pdfkit or fontkit it shows at once whether a patch changed what is printed. Each patch is also
 * defensive on its own (an internal that changed shape leaves it uninstalled).
 */
export function pdfSpeedupsEnabled(): boolean {
  return process.env.ACEC_PDF_SPEEDUPS !== '0';
}

/** Patches pdfmake's classes (before the first document is laid out). */
export function installPdfmakeSpeedups(): void {
  if (!pdfSpeedupsEnabled()) return;
  installPdfmakeFastPaths();
  installRunMeasure();
  installNextLine();
  installLineJoining();
}

/** Patches pdfkit and fontkit through a first rendered document (their classes are not exported). */
export function installPdfkitSpeedups(sample: unknown): void {
  if (!pdfSpeedupsEnabled()) return;
  shareLayoutCache(sample);
  shareParsedFonts(sample);
  batchStreamWrites(sample);
  shareFontSubsets(sample);
  cacheGlyphHex(sample);
}
