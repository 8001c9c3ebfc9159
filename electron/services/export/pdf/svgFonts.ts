import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The font types pdfmake names a family's faces by, with the flags `provideFont` takes. */
const FACE_FLAGS: Record<string, [bold: boolean, italics: boolean]> = {
  normal: [false, false],
  bold: [true, false],
  italics: [false, true],
  bolditalics: [true, true],
};

interface PdfDocLike {
  virtualfs?: { existsSync(name: string): boolean; readFileSync(name: string): Buffer };
  fonts?: Record<string, Record<string, unknown>>;
  _registeredFonts?: Record<string, unknown>;
  _fontFamilies?: Record<string, unknown>;
  registerFont(name: string, src: Buffer): void;
  provideFont?(family: string, bold: boolean, italics: boolean): unknown;
  font(src: unknown, ...rest: unknown[]): unknown;
}

/** The family and face of the document's font table that name this file, if any. */
function faceOfFile(doc: PdfDocLike, file: string): [family: string, bold: boolean, italics: boolean] | null {
  for (const [family, faces] of Object.entries(doc.fonts ?? {})) {
    for (const [type, name] of Object.entries(faces)) {
      const flags = FACE_FLAGS[type];
      if (flags && name === file) return [family, ...flags];
    }
  }
  return null;
}

let installed = false;

/**
 * Text inside an SVG figure (the report's charts) is set by svg-to-pdfkit, which asks pdfmake for
 * the font and gets the font's *file name*: pdfkit then opens that name on disk, where it is not
 * (the fonts live in pdfmake's virtual file system). A file name found in the virtual file system
 * is answered with the face pdfmake itself embeds for that file (`provideFont`, the same embedding
 * the document's text uses, parsed once per process with the speed-ups), so SVG text gets the same
 * embedded fonts as the rest of the document without pdfkit parsing the font file again for every
 * document (measured: ~0.1-0.2 s of CPU per self-evaluation report). Should pdfmake's document lack
 * what this relies on, the file is registered as a pdfkit font instead (parsed per document, as
 * before). Other names go to pdfkit as before.
 */
export function installSvgFontLookup(): void {
  if (installed) return;
  installed = true;
  const PDFDocument = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfDocLike } }).default;
  const proto = PDFDocument?.prototype;
  if (!proto || typeof proto.font !== 'function' || typeof proto.registerFont !== 'function') return;
  const font = proto.font;
  proto.font = function fontFromVirtualFs(this: PdfDocLike, src: unknown, ...rest: unknown[]) {
    if (typeof src === 'string' && !this._registeredFonts?.[src] && !this._fontFamilies?.[src] && this.virtualfs?.existsSync(src)) {
      const face = typeof this.provideFont === 'function' && this._fontFamilies ? faceOfFile(this, src) : null;
      const embedded = face ? this.provideFont!(...face) : undefined;
      // pdfkit's font() finds a face under its cache key (the name it was asked for) and uses it.
      if (embedded) this._fontFamilies![src] = embedded;
      else this.registerFont(src, this.virtualfs.readFileSync(src));
    }
    return font.call(this, src, ...rest);
  };
}
