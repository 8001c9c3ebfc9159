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
 * .docx and PDF; target ≤ 1 s warm).
 */
const CITIES = ['Nanning, China', 'Bangkok, Thailand', 'Phnom Penh (Cambodia)', 'Online', 'Jakarta, Indonesia', 'Hanoi, Viet Nam'];

function sheet(project: Project, rows: number): Uint8Array {
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
  const model = () => selfEvaluationModel(imported, { year: null, layout: 'bilingual', date: '2026-12-03' });
  const modelTimes = await timeRuns(5, model);
  console.log(`self-evaluation model with charts (1,000 events, 10x framework): median ${ms(median(modelTimes))}`);
  for (const format of ['docx', 'pdf'] as const) {
    const exporter = exporterFor(format);
    await exporter.render(model()); // warm-up
    const cpu: number[] = [];
    const times = await timeRuns(3, async () => {
      const c0 = process.cpuUsage();
      await exporter.render(model());
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    });
    // CPU time too: on the shared machine the wall time mostly measures the queue.
    console.log(`self-evaluation report → ${format} (model + render, warm): median ${ms(median(times))}, CPU ${ms(median(cpu))} (target ≤ 1 s)`);
  }
}
