import { Resvg } from '@resvg/resvg-js';
import { outlineSvgText } from './svgTextOutlines';

/**
 * A report chart as Word takes a drawing: the SVG (Word 2016 and later draw it as vectors) with a
 * PNG fallback, which the .docx format requires for every SVG picture and which older Word shows.
 * Both come from the same ECharts SVG the PDF draws, its text set in outline with the report's
 * bundled Noto faces (./svgTextOutlines.ts), so the picture needs no font on the reader's machine.
 * The PNG is rasterised with resvg (@resvg/resvg-js: prebuilt binaries, no browser) at twice the
 * laid-out size, so it stays sharp in print.
 */

export interface WordChartImage {
  svg: string;
  png: Uint8Array;
}

const PNG_ZOOM = 2;

// Pictures by the SVG they are made from: a re-export whose charts did not change rasterises
// nothing again (the chart SVGs are themselves kept by what they draw, ./chartSvg.ts). Bounded.
const MADE = new Map<string, WordChartImage>();
const MADE_LIMIT = 16;

/** The chart as an SVG for Word plus its PNG fallback. */
export function wordChartImage(svg: string): WordChartImage {
  const hit = MADE.get(svg);
  if (hit) return hit;
  const made = makeWordChartImage(svg);
  if (MADE.size >= MADE_LIMIT) MADE.delete(MADE.keys().next().value!);
  MADE.set(svg, made);
  return made;
}

function makeWordChartImage(svg: string): WordChartImage {
  const outlined = outlineSvgText(svg);
  const png = new Resvg(outlined, { fitTo: { mode: 'zoom', value: PNG_ZOOM }, background: 'white', font: { loadSystemFonts: false }, logLevel: 'off' })
    .render()
    .asPng();
  return { svg: outlined, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
}
