import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { exporterFor } from '../../electron/services/export/registry';
import { importProgressBytes } from '../../electron/services/record/progressFiles';
import { selfEvaluationModel } from '../../electron/services/record/reportFiles';
import { generateLargeFramework } from '../../shared/model/generate/largeFramework';
import { ProjectSchema } from '../../shared/model/project';
import { sheet } from './record';

/**
 * The warm PDF self-evaluation report of the record bench, alone: `npx tsx tests/bench/_reportPdfProbe.ts
 * [en|bilingual] [runs] [--profile FILE.cpuprofile] [--out FILE.pdf]`. Prints CPU and wall per run
 * (the first is the cold one); with --profile, the last run is recorded with the V8 profiler.
 */
const args = process.argv.slice(2);
const layout = (args[0] ?? 'en') as 'en' | 'bilingual';
const runs = Number(args[1] ?? 4);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const profile = flag('--profile');
const out = flag('--out');

const base = ProjectSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url)), 'utf8')));
const big = generateLargeFramework(base, { scale: 10 });
const project = (await importProgressBytes(big, 'bench.csv', sheet(big, 1000))).project;
const pdf = exporterFor('pdf');
const session = new Session();
for (let i = 0; i < runs; i++) {
  const last = i === runs - 1;
  if (last && profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m0 = performance.now();
  const model = selfEvaluationModel(project, { year: null, layout, date: '2026-12-03' });
  const modelMs = performance.now() - m0;
  const bytes = await pdf.render(model);
  const c = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  if (last && profile) {
    const { profile: p } = await session.post('Profiler.stop');
    writeFileSync(profile, JSON.stringify(p));
  }
  if (last && out) writeFileSync(out, bytes);
  console.log(`${layout} run ${i + 1}: wall ${wall.toFixed(0)} ms, CPU ${((c.user + c.system) / 1000).toFixed(0)} ms (model ${modelMs.toFixed(0)} ms wall), ${bytes.byteLength} bytes`);
}
