import { createRequire } from 'node:module';
import { splitByScript } from '../../../../shared/export/script';

/**
 * The DRAFT watermark as glyph outlines (vector paths), not as text. pdfmake's own watermark is a
 * text object drawn over the page: pdftotext and copy/paste then pick its letters up in the middle
 * of a paragraph ("…in order to maintain 12 harmony between…"), and reviewers quote draft PDFs.
 * Paths carry no text, so extraction never sees them; drawn in the page background they sit behind
 * the text. The outlines come from the same Noto faces the PDF embeds, through fontkit (the font
 * engine pdfkit itself uses), once per text and page size.
 */

const require = createRequire(import.meta.url);

interface GlyphLike {
  path: { toSVG(): string };
}
interface FontLike {
  unitsPerEm: number;
  capHeight: number;
  layout(text: string): { glyphs: GlyphLike[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> };
}

const fonts = new Map<string, FontLike>();
function font(bytes: Buffer, name: string): FontLike {
  let f = fonts.get(name);
  if (!f) {
    const fontkit = require('fontkit') as { create(buffer: Buffer): FontLike };
    f = fontkit.create(bytes);
    fonts.set(name, f);
  }
  return f;
}

export interface WatermarkFaces {
  latin: { name: string; bytes: Buffer };
  cjk: { name: string; bytes: Buffer };
}

const cache = new Map<string, string>();

/**
 * SVG markup of a page of `width` × `height` points with `text` across its diagonal, light red,
 * in outlines. Same input, same markup (kept for the process).
 */
export function watermarkSvg(text: string, width: number, height: number, faces: WatermarkFaces): string {
  const key = `${text}|${width}|${height}`;
  const known = cache.get(key);
  if (known) return known;
  // Each script stretch in its face, in font units of a 1000-unit em.
  const paths: string[] = [];
  let x = 0;
  let capHeight = 0;
  for (const piece of splitByScript(text, 'en')) {
    const face = piece.cjk ? faces.cjk : faces.latin;
    const f = font(face.bytes, face.name);
    const unit = 1000 / f.unitsPerEm;
    capHeight = Math.max(capHeight, f.capHeight * unit);
    const run = f.layout(piece.text);
    run.glyphs.forEach((g, i) => {
      const p = run.positions[i];
      const d = g.path.toSVG();
      if (d) paths.push(`<path transform="translate(${((x + p.xOffset * unit) || 0).toFixed(1)} ${(p.yOffset * unit || 0).toFixed(1)}) scale(${unit.toFixed(5)})" d="${d}"/>`);
      x += p.xAdvance * unit;
    });
  }
  const diagonal = Math.hypot(width, height);
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const scale = (diagonal * 0.7) / Math.max(x, 1);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<g fill="#b00020" fill-opacity="0.12" transform="translate(${(width / 2).toFixed(2)} ${(height / 2).toFixed(2)}) rotate(${(-angle).toFixed(3)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)}) translate(${(-x / 2).toFixed(1)} ${(-capHeight / 2).toFixed(1)})">` +
    `${paths.join('')}</g></svg>`;
  cache.set(key, svg);
  return svg;
}
