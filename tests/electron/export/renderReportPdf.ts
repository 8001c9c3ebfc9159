import { writeFile } from 'node:fs/promises';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exporterFor } from '../../../electron/services/export/registry';
import { importProgressBytes } from '../../../electron/services/record/progressFiles';
import { selfEvaluationModel } from '../../../electron/services/record/reportFiles';
import { sheet } from '../../bench/record';

/**
 * Renders the bilingual self-evaluation report of the built-in edition with a record of 150 events
 * (the record bench's seeded progress sheet) to `argv[2]`, twice (cold, then warm), and prints the
 * times as JSON. Run in a process of its own by pdfSpeedups.test.ts, with and without
 * ACEC_PDF_SPEEDUPS=0: the speed-ups patch the PDF libraries for the whole process.
 */
const [file] = process.argv.slice(2);
const edition = await loadBuiltinEdition();
const project = (await importProgressBytes(edition, 'record.csv', sheet(edition, 150))).project;
const ms: number[] = [];
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const bytes = await exporterFor('pdf').render(selfEvaluationModel(project, { year: null, layout: 'bilingual', date: '2026-12-03' }));
  await writeFile(file, bytes);
  ms.push(performance.now() - t0);
}
console.log(JSON.stringify({ ms }));
