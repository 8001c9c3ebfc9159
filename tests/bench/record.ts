import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exporterFor } from '../../electron/services/export/registry';
import { importProgressBytes } from '../../electron/services/record/progressFiles';
import { selfEvaluationModel } from '../../electron/services/record/reportFiles';
import { generateLargeFramework, seededRandom } from '../../shared/model/generate/largeFramework';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { planIndex } from '../../shared/record/planIndex';
import { EVENT_COLUMNS } from '../../shared/record/rows';
import { median, ms, timeRuns } from './_stats';

/**
 * The implementation record at ten times the published size: importing a 1,000-row progress sheet
 * (target ≤ 0.5 s) and the self-evaluation report of 1,000 events (model with its charts, then
 * .docx and PDF, English and bilingual: the first export in the process, warm re-exports, and a
 * warm re-export after one event was edited; target ≤ 1 s warm).
 */
const CITIES = ['Nanning, China', 'Bangkok, Thailand', 'Phnom Penh (Cambodia)', 'Online', 'Jakarta, Indonesia', 'Hanoi, Viet Nam'];

/** A progress sheet of `rows` events on the project's activities (seeded, so every run gets the same). */
export function sheet(project: Project, rows: number): Uint8Array {
  const index = planIndex(project.framework);
  const rand = seededRandom(14);
  const { start, end } = index.period;
  const lines = [EVENT_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const pa = index.activities[Math.floor(rand() * index.activities.length)];
    const year = start + Math.floor(rand() * (end - start + 1));
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const place = CITIES[i % CITIES.length];
    lines.push([`${year}-${month}`, `"${place}"`, `Workshop ${i} on regional cooperation`, `区域合作研讨会${i}`, pa.componentNumber, pa.label, 'CAEC', 20 + (i % 80), 'CAEC'].join(','));
  }
  return new TextEncoder().encode(lines.join('\n'));
}

export async function bench(): Promise<void> {
  const base = ProjectSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url)), 'utf8')));
  const big = generateLargeFramework(base, { scale: 10 });
  const bytes = sheet(big, 1000);
  let imported = big;
  const importTimes = await timeRuns(7, async () => {
    imported = (await importProgressBytes(big, 'bench.csv', bytes)).project;
  });
  console.log(`import 1,000-row CSV into the 10x framework: median ${ms(median(importTimes))} (target ≤ 500 ms); ${imported.record.events.length} events`);
  const modelTimes = await timeRuns(5, () => selfEvaluationModel(imported, { year: null, layout: 'bilingual', date: '2026-12-03' }));
  console.log(`self-evaluation model with charts (1,000 events, 10x framework): median ${ms(median(modelTimes))}`);
  // One event's title edited: what a warm re-export after a change costs (the charts are kept by
  // what they draw; the model and the layout are made again).
  const live = imported.record.events.findIndex((e) => !e.deleted);
  const edited: Project = { ...imported, record: { ...imported.record, events: imported.record.events.map((e, i) => (i === live ? { ...e, title: { ...e.title, en: { ...e.title.en, text: `${e.title.en.text} (edited)` } } } : e)) } };
  for (const layout of ['en', 'bilingual'] as const) {
    for (const format of ['docx', 'pdf'] as const) {
      const exporter = exporterFor(format);
      const once = async (project: Project) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const bytes = await exporter.render(selfEvaluationModel(project, { year: null, layout, date: '2026-12-03', forWord: format === 'docx' }));
        const c = process.cpuUsage(c0);
        return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, bytes };
      };
      const first = await once(imported);
      const warm = [await once(imported), await once(imported), await once(imported)];
      const afterEdit = await once(edited);
      const pages = format === 'pdf' ? ` — ${pdfPageCount(first.bytes)} pages` : '';
      // CPU time too: on the shared machine the wall time mostly measures the queue.
      console.log(`self-evaluation report → ${format}, ${layout} (model + render)${pages}: first ${ms(first.wall)} (CPU ${ms(first.cpu)}); warm median ${ms(median(warm.map((r) => r.wall)))} (CPU ${ms(median(warm.map((r) => r.cpu)))}; target ≤ 1 s); warm after one event edited ${ms(afterEdit.wall)} (CPU ${ms(afterEdit.cpu)})`);
    }
  }
}

/** Pages of a PDF pdfkit wrote (its page objects are written uncompressed). */
function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;
}
