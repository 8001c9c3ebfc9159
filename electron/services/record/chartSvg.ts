import * as echarts from 'echarts';
import type { Language } from '../../../shared/model/bilingual';
import type { Framework } from '../../../shared/model/framework';
import type { RecordFigures } from '../../../shared/record/figures';
import { chartSpecs, type ReportChart } from '../../../shared/record/report/charts';

/** Size of a report chart in points (the PDF scales it to the text width). */
const WIDTH = 480;
const HEIGHT = 260;

// Drawn charts by what they draw (the option as JSON and the font): a re-export whose figures did
// not change draws nothing again (measured: ~40 ms of CPU per chart at 10x; an edit to one event
// redraws only the charts whose figures it changed). Bounded to the last few reports.
const DRAWN = new Map<string, string>();
const DRAWN_LIMIT = 32;

function drawSvg(option: Record<string, unknown>): string {
  const key = JSON.stringify(option);
  const hit = DRAWN.get(key);
  if (hit !== undefined) return hit;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    if (DRAWN.size >= DRAWN_LIMIT) DRAWN.delete(DRAWN.keys().next().value!);
    DRAWN.set(key, svg);
    return svg;
  } finally {
    chart.dispose();
  }
}

/**
 * The dashboard's charts drawn as SVG with Apache ECharts' server-side renderer (no DOM), for the
 * self-evaluation report. The options are the same the app's dashboard draws.
 */
export function reportCharts(fw: Framework, figures: RecordFigures, lang: Language): ReportChart[] {
  return chartSpecs(fw, figures, lang).map((spec) => {
    // The PDF's own font families (electron/services/export/fonts.ts), so chart text matches the page.
    const svg = drawSvg({ ...spec.option, textStyle: { fontFamily: lang === 'zh' ? 'SerifSC' : 'Serif' } });
    return { id: spec.id, title: spec.title, svg, width: WIDTH, height: HEIGHT, rows: spec.rows };
  });
}
