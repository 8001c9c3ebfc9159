import { createRequire } from 'node:module';
import path from 'node:path';
import { FONTS_DIR } from '../export/fonts';

/**
 * The text of a chart's SVG turned into outlines (`<path>`), set in the report's bundled Noto
 * Serif faces with fontkit (the font engine pdfkit already uses for the PDF: same shaping, same
 * metrics). Why: resvg shapes every `<text>` anew, re-reading the 15 MB Chinese face's layout
 * tables each time (measured: ~100 ms of CPU per text element, so a Chinese chart of ~30 labels
 * took ~3 s); fontkit reads them once per process. The outlined SVG needs no font at all, so the
 * Word picture looks the same in Word, LibreOffice and the PNG fallback, on machines without Noto.
 *
 * It reads only what ECharts' server-side SVG writes for text: `x`, `y`, `transform`, `fill`,
 * `text-anchor`, `dominant-baseline` and a `style` with `font-size` and `font-weight`.
 */

interface Glyph {
  path: { scale(x: number, y: number): { translate(x: number, y: number): { toSVG(): string } } };
}
interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[]; advanceWidth: number };
}

const require = createRequire(import.meta.url);
const FACES = {
  latin: 'NotoSerif-Regular.ttf',
  latinBold: 'NotoSerif-Bold.ttf',
  cjk: 'NotoSerifSC-Regular.ttf',
  cjkBold: 'NotoSerifSC-Bold.ttf',
} as const;
const fonts = new Map<string, Font>();
function face(name: keyof typeof FACES): Font {
  let f = fonts.get(name);
  if (!f) {
    const fontkit = require('fontkit') as { openSync(file: string): Font };
    f = fontkit.openSync(path.join(FONTS_DIR, FACES[name]));
    fonts.set(name, f);
  }
  return f;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const styleOf = (attrs: string, name: string) => new RegExp(`${name}:\\s*([^;"]+)`).exec(attr(attrs, 'style') ?? '')?.[1]?.trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );

const n = (x: number) => Math.round(x * 100) / 100;

/** One `<text>` as a `<path>` of its glyph outlines (same place, size, colour and transform). */
function outline(attrs: string, raw: string): string {
  const text = unescape(raw);
  if (!text.trim()) return '';
  const bold = /bold|[6-9]00/.test(styleOf(attrs, 'font-weight') ?? '');
  const font = face(CJK.test(text) ? (bold ? 'cjkBold' : 'cjk') : bold ? 'latinBold' : 'latin');
  const size = Number.parseFloat(styleOf(attrs, 'font-size') ?? '12') || 12;
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  const width = run.advanceWidth * scale;
  const anchor = attr(attrs, 'text-anchor') ?? 'start';
  let x = Number(attr(attrs, 'x') ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  let y = Number(attr(attrs, 'y') ?? 0);
  // Where the baseline sits from `y`: central/middle put the middle of the em box there, hanging its top.
  const baseline = attr(attrs, 'dominant-baseline') ?? 'alphabetic';
  if (baseline === 'central' || baseline === 'middle') y += ((font.ascent + font.descent) / 2) * scale;
  else if (baseline === 'hanging' || baseline === 'text-before-edge') y += font.ascent * scale;
  else if (baseline === 'text-after-edge' || baseline === 'ideographic') y += font.descent * scale;
  let d = '';
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i];
    d += g.path.scale(scale, -scale).translate(n(x + p.xOffset * scale), n(y - p.yOffset * scale)).toSVG();
    x += p.xAdvance * scale;
  });
  const transform = attr(attrs, 'transform');
  const fill = attr(attrs, 'fill') ?? '#000';
  return `<path d="${d}" fill="${fill}"${transform ? ` transform="${transform}"` : ''}><title>${raw}</title></path>`;
}

/** The SVG with every `<text>` replaced by its outlines. */
export function outlineSvgText(svg: string): string {
  return svg.replace(TEXT, (_all, attrs: string, raw: string) => outline(attrs, raw));
}
