import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import type { ExportLayout } from '../../../shared/export/types';

/**
 * Renders the built-in edition's draft PDF to `argv[2]` in layout `argv[3]`, twice (cold, then
 * warm), and prints the times as JSON. Run in a process of its own by pdfSpeedups.test.ts, with
 * and without ACEC_PDF_SPEEDUPS=0: the speed-ups patch the PDF libraries for the whole process.
 */
const [file, layout = 'bilingual'] = process.argv.slice(2);
const project = await loadBuiltinEdition();
const options = { layout: layout as ExportLayout, paper: 'a4' as const, stage: 'draft' as const, date: '2026-11-29' };
const ms: number[] = [];
for (let i = 0; i < 2; i++) ms.push((await exportProject(project, 'pdf', options, file)).ms);
console.log(JSON.stringify({ ms }));
