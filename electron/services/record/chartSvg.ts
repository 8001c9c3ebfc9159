import * as echarts from 'echarts';
import type { Language } from '../../../shared/model/bilingual';
import type { Framework } from '../../../shared/model/framework';
import type { RecordFigures } from '../../../shared/record/figures';
import { chartSpecs, type ReportChart } from '../../../shared/record/report/charts';

/** Size of a report chart in points (the PDF scales it to the text width). */
const WIDTH = 480;
const HEIGHT = 260;

/**
 * The dashboard's charts drawn as SVG with Apache ECharts' server-side renderer (no DOM), for the
 * self-evaluation report. The options are the same the app's dashboard draws.
 */
export function reportCharts(fw: Framework, figures: RecordFigures, lang: Language): ReportChart[] {
  return chartSpecs(fw, figures, lang).map((spec) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    try {
      // The PDF's own font families (electron/services/export/fonts.ts), so chart text matches the page.
      chart.setOption({ ...spec.option, textStyle: { fontFamily: lang === 'zh' ? 'SerifSC' : 'Serif' } });
      return { id: spec.id, title: spec.title, svg: chart.renderToSVGString(), width: WIDTH, height: HEIGHT, rows: spec.rows };
    } finally {
      chart.dispose();
    }
  });
}
