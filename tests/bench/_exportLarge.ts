import { loadBuiltinEdition } from '../../electron/services/builtinEdition';
import { exportProject } from '../../electron/services/export/exportService';
import { generateLargeFramework } from '../../shared/model/generate/largeFramework';

/**
 * Child process of tests/bench/export.ts: exports the ten-times framework (bilingual) in one format
 * and prints its time, size and the process's peak resident memory as JSON on the last line.
 */
const [format, target] = process.argv.slice(2) as ['docx' | 'pdf', string];
const project = generateLargeFramework(await loadBuiltinEdition(), { scale: 10 });
const t0 = performance.now();
const result = await exportProject(project, format, { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-11-29' }, target);
const elapsed = performance.now() - t0;
console.log(JSON.stringify({ ms: elapsed, bytes: result.bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
