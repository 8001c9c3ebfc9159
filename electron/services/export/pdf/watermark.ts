import { createRequire } from 'node:module';
import { splitByScript } from '../../../../shared/export/script';

/**
 * The DRAFT watermark as glyph outlines (vector paths), not as text. pdfmake's own watermark is a
 * text object drawn over the page: pdftotext and copy/paste then pick its letters up in the middle
 * of a paragraph ("…in order to maintain 12 harmony between…"), and reviewers quote draft PDFs.
 * Paths carry no text, so extraction never sees them; drawn first on each page they sit behind the
 * text, marked as a pagination artifact (/Artifact, /Subtype /Watermark). The outlines come from the
 * same Noto faces the PDF embeds, through fontkit (the font engine pdfkit itself uses).
 *
 * Drawn once per document: the outlines are written as PDF path operators into one Form XObject,
 * and every page only says "draw it" (`/Wm Do`). The first version handed pdfmake the outlines as
 * an SVG page background, which pdfmake parsed on every page of every layout pass and drew again
 * per page (measured: a draft PDF took ~1.8× a final one). pdfmake still places the background
 * (a tiny marker SVG of the page's size); its renderer draws the form where the marker is
 * (installWatermarkForms).
 */

const require = createRequire(import.meta.url);

type PathCommand = { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] };
interface GlyphLike {
  path: { commands: PathCommand[] };
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

/** What the form draws: its page size and content stream. */
interface WatermarkForm {
  width: number;
  height: number;
  /** PDF content: colour, opacity (the form's ExtGState /GsWm), transform and filled outlines. */
  content: string;
}

/** Forms by marker id; markers by text and page size (same input, same form, for the process). */
const forms = new Map<string, WatermarkForm>();
const markers = new Map<string, string>();

const num = (v: number) => (Math.abs(v) < 1e-9 ? '0' : Number(v.toFixed(3)).toString());

/** Path operators of one glyph's outline, placed at (dx, dy) and scaled by `unit` (font units → 1000/em). */
function glyphOps(commands: readonly PathCommand[], dx: number, dy: number, unit: number): string {
  const X = (x: number) => num(dx + x * unit);
  const Y = (y: number) => num(dy + y * unit);
  const out: string[] = [];
  let cx = 0;
  let cy = 0;
  for (const { command, args: a } of commands) {
    switch (command) {
      case 'moveTo':
        out.push(`${X(a[0])} ${Y(a[1])} m`);
        [cx, cy] = [a[0], a[1]];
        break;
      case 'lineTo':
        out.push(`${X(a[0])} ${Y(a[1])} l`);
        [cx, cy] = [a[0], a[1]];
        break;
      case 'quadraticCurveTo': {
        // PDF has cubic curves only: a quadratic's control points, raised to cubic.
        const [qx, qy, x, y] = a;
        out.push(`${X(cx + (2 / 3) * (qx - cx))} ${Y(cy + (2 / 3) * (qy - cy))} ${X(x + (2 / 3) * (qx - x))} ${Y(y + (2 / 3) * (qy - y))} ${X(x)} ${Y(y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'bezierCurveTo':
        out.push(`${X(a[0])} ${Y(a[1])} ${X(a[2])} ${Y(a[3])} ${X(a[4])} ${Y(a[5])} c`);
        [cx, cy] = [a[4], a[5]];
        break;
      case 'closePath':
        out.push('h');
        break;
    }
  }
  return out.join('\n');
}

/**
 * The page background for `text` across the diagonal of a `width` × `height` page, light red, in
 * outlines: a marker SVG of the page's size that the patched renderer replaces by the form.
 */
export function watermarkSvg(text: string, width: number, height: number, faces: WatermarkFaces): string {
  const key = `${text}|${width}|${height}`;
  const known = markers.get(key);
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
      if (g.path.commands.length) paths.push(glyphOps(g.path.commands, x + p.xOffset * unit || 0, p.yOffset * unit || 0, unit));
      x += p.xAdvance * unit;
    });
  }
  const diagonal = Math.hypot(width, height);
  const angle = Math.atan2(height, width);
  const scale = (diagonal * 0.7) / Math.max(x, 1);
  // pdfkit draws in a top-left, y-down space (as SVG does): centre, rotate up the diagonal, scale
  // with y flipped (font units go up), and centre the text on its cap height.
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const content = [
    '0.690 0 0.125 rg /GsWm gs',
    `1 0 0 1 ${num(width / 2)} ${num(height / 2)} cm`,
    `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} 0 0 cm`,
    `${num(scale)} 0 0 ${num(-scale)} 0 0 cm`,
    `1 0 0 1 ${num(-x / 2)} ${num(-capHeight / 2)} cm`,
    paths.join('\n'),
    'f',
  ].join('\n');
  const id = String(forms.size + 1);
  forms.set(id, { width, height, content });
  const marker = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" data-acec-watermark="${id}"></svg>`;
  markers.set(key, marker);
  return marker;
}

/** The pdfkit calls this needs (pdfkit is pdfmake's PDF writer). */
interface PdfRef {
  write(chunk: string): void;
  end(chunk?: string): void;
}
interface PdfKitDoc {
  ref(data: Record<string, unknown>): PdfRef;
  addContent(data: string): void;
  page: { xobjects: Record<string, PdfRef> };
}
interface SvgItem {
  svg: unknown;
  x: number;
  y: number;
}
type RenderSvg = (this: { pdfDocument: PdfKitDoc }, svg: SvgItem) => void;

const MARKER = /data-acec-watermark="(\d+)"/;
/** Per document: its form XObject for each watermark it drew. */
const written = new WeakMap<PdfKitDoc, Map<string, PdfRef>>();

function formIn(doc: PdfKitDoc, id: string): PdfRef | null {
  let mine = written.get(doc);
  if (!mine) written.set(doc, (mine = new Map()));
  let ref = mine.get(id);
  if (!ref) {
    const form = forms.get(id);
    if (!form) return null;
    const gs = doc.ref({ Type: 'ExtGState', ca: 0.12, CA: 0.12 });
    gs.end();
    ref = doc.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, form.width, form.height], Resources: { ExtGState: { GsWm: gs } } });
    ref.end(form.content);
    mine.set(id, ref);
  }
  return ref;
}

let installed = false;

/**
 * Teach pdfmake's renderer the marker: where the page background is a watermark marker, the
 * page draws the document's one form of it, as an artifact; any other SVG is drawn as before.
 */
export function installWatermarkForms(): void {
  if (installed) return;
  installed = true;
  const Renderer = (require('pdfmake/js/Renderer.js') as { default: { prototype: { renderSVG: RenderSvg } } }).default;
  const original = Renderer.prototype.renderSVG;
  if (typeof original !== 'function') return;
  Renderer.prototype.renderSVG = function renderSVG(this: { pdfDocument: PdfKitDoc }, svg: SvgItem) {
    const id = typeof svg.svg === 'string' ? MARKER.exec(svg.svg)?.[1] : undefined;
    const ref = id ? formIn(this.pdfDocument, id) : null;
    if (!ref) return original.call(this, svg);
    this.pdfDocument.page.xobjects.Wm = ref;
    this.pdfDocument.addContent(`/Artifact <</Type /Pagination /Subtype /Watermark>> BDC q 1 0 0 1 ${num(svg.x)} ${num(svg.y)} cm /Wm Do Q EMC`);
  };
}
