import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface PdfDocLike {
  virtualfs?: { existsSync(name: string): boolean; readFileSync(name: string): Buffer };
  _registeredFonts?: Record<string, unknown>;
  registerFont(name: string, src: Buffer): void;
  font(src: unknown, ...rest: unknown[]): unknown;
}

let installed = false;

/**
 * Text inside an SVG figure (the report's charts) is set by svg-to-pdfkit, which asks pdfmake for
 * the font and gets the font's *file name*: pdfkit then opens that name on disk, where it is not
 * (the fonts live in pdfmake's virtual file system). This registers a file name found in the
 * virtual file system as a pdfkit font on first use, so SVG text gets the same embedded fonts as
 * the rest of the document. Nothing else changes: other names go to pdfkit as before.
 */
export function installSvgFontLookup(): void {
  if (installed) return;
  installed = true;
  const PDFDocument = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfDocLike } }).default;
  const proto = PDFDocument?.prototype;
  if (!proto || typeof proto.font !== 'function' || typeof proto.registerFont !== 'function') return;
  const font = proto.font;
  proto.font = function fontFromVirtualFs(this: PdfDocLike, src: unknown, ...rest: unknown[]) {
    if (typeof src === 'string' && !this._registeredFonts?.[src] && this.virtualfs?.existsSync(src)) {
      this.registerFont(src, this.virtualfs.readFileSync(src));
    }
    return font.call(this, src, ...rest);
  };
}
