import { createRequire } from 'node:module';
import { loadBuiltinEdition } from '../../electron/services/builtinEdition';
import { exporterFor } from '../../electron/services/export/registry';
import { buildExportModel } from '../../shared/export/buildModel';
import { median } from './_stats';

/**
 * Child process of tests/bench/export.ts (also runs alone: `npx tsx tests/bench/_pdfLayouts.ts
 * [runs] [en,zh,…]`): the built-in edition's PDF in every layout, draft and final, warm, as CPU time (user + system of
 * this process: on a shared machine the wall time mostly measures the queue), with the number of
 * full pdfmake layout passes each export took. Prints one JSON line per layout and stage.
 */
const runs = Number(process.argv[2] ?? 5);
const only = process.argv[3]?.split(',');
const require = createRequire(import.meta.url);
const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { tryLayoutDocument: (...a: unknown[]) => unknown } } }).default;
const tryLayout = LayoutBuilder.prototype.tryLayoutDocument;
let passes = 0;
LayoutBuilder.prototype.tryLayoutDocument = function (...args: unknown[]) {
  passes++;
  return tryLayout.apply(this, args);
};

const project = await loadBuiltinEdition();
const pdf = exporterFor('pdf');
const cpu = async (fn: () => Promise<unknown>) => {
  const c0 = process.cpuUsage();
  await fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
await pdf.render(buildExportModel(project.framework, { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-11-29' })); // warm-up
for (const layout of ['en', 'zh', 'bilingual', 'side-by-side'] as const) {
  if (only && !only.includes(layout)) continue;
  for (const stage of ['draft', 'final'] as const) {
    const model = () => buildExportModel(project.framework, { layout, paper: 'a4', stage, date: '2026-11-29' });
    await pdf.render(model());
    const times: number[] = [];
    let bytes = 0;
    passes = 0;
    for (let i = 0; i < runs; i++) times.push(await cpu(async () => (bytes = (await pdf.render(model())).byteLength)));
    console.log(JSON.stringify({ layout, stage, cpuMs: Math.round(median(times)), passes: passes / runs, bytes }));
  }
}
