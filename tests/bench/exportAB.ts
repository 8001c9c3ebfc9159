import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './_stats';

/**
 * A/B of warm export times between two checkouts of this project (e.g. the code before a change and
 * after it), measured the same way on both:
 *
 *   npx tsx tests/bench/exportAB.ts <checkout A> <checkout B> [rounds=3] [runs=9]
 *
 * Each round runs one Node process per checkout (`npx tsx` in that checkout, so each uses its own
 * code and node_modules), A then B, so load from elsewhere on a shared machine falls on both alike.
 * In that process: the checkout's own built-in edition, the PDF in the four layouts (A4, draft and
 * final) and the bilingual .docx (draft); per case 3 warm-up exports, then `runs` measured ones,
 * each as CPU time (process.cpuUsage, user + system) and wall time. Prints the medians over all
 * rounds, the median of the per-round medians' spread, the load average of each round, and the
 * PDF page counts (pdfinfo) of each checkout.
 *
 * What an export is here, in both checkouts: draft = exportProject() (model, render, write the
 * file); final = buildExportModel() + exporterFor().render() + write the file, i.e. exportProject
 * without its gate, because the gate differs by design (today's gate refuses a final of the
 * built-in edition, whose fields are in draft; the old one ran the checker first). The child uses
 * only API both sides have (loadBuiltinEdition, exportProject, buildExportModel, exporterFor).
 */

const CHILD = `
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
const root = process.env.AB_ROOT;
const out = process.env.AB_OUT;
const runs = Number(process.env.AB_RUNS);
const { loadBuiltinEdition } = await import(path.join(root, 'electron/services/builtinEdition.ts'));
const { exportProject } = await import(path.join(root, 'electron/services/export/exportService.ts'));
const { exporterFor } = await import(path.join(root, 'electron/services/export/registry.ts'));
const { buildExportModel } = await import(path.join(root, 'shared/export/buildModel.ts'));
const project = await loadBuiltinEdition();
const date = '2026-11-29';
const cases = [];
for (const layout of ['en', 'zh', 'bilingual', 'side-by-side'])
  for (const stage of ['draft', 'final']) cases.push({ format: 'pdf', layout, stage });
cases.push({ format: 'docx', layout: 'bilingual', stage: 'draft' });
for (const c of cases) {
  const options = { layout: c.layout, paper: 'a4', stage: c.stage, date };
  const file = path.join(out, c.layout + '-' + c.stage + '.' + c.format);
  const once = c.stage === 'draft'
    ? () => exportProject(project, c.format, options, file)
    : async () => writeFile(file, await exporterFor(c.format).render(buildExportModel(project.framework, options)));
  for (let i = 0; i < 3; i++) await once();
  const cpu = [], wall = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await once();
    wall.push(performance.now() - t0);
    const d = process.cpuUsage(c0);
    cpu.push((d.user + d.system) / 1000);
  }
  console.log(JSON.stringify({ ...c, cpu, wall }));
}
`;

interface Sample {
  format: string;
  layout: string;
  stage: string;
  cpu: number[];
  wall: number[];
}

const [a, b] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const rounds = Number(process.argv[4] ?? 3);
const runs = Number(process.argv[5] ?? 9);
if (!a || !b) {
  console.error('usage: npx tsx tests/bench/exportAB.ts <checkout A> <checkout B> [rounds=3] [runs=9]');
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'acec-export-ab-'));
const childFile = path.join(tmp, 'child.mts');
writeFileSync(childFile, CHILD);
const key = (s: { format: string; layout: string; stage: string }) => `${s.format} ${s.layout} ${s.stage}`;
const all: Record<string, Map<string, Sample[]>> = { A: new Map(), B: new Map() };
const loads: string[] = [];
try {
  for (let r = 1; r <= rounds; r++) {
    for (const [side, root] of [['A', a], ['B', b]] as const) {
      const load = execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/.*load average:\s*/, '');
      const out = path.join(tmp, side);
      mkdirSync(out, { recursive: true });
      const t0 = performance.now();
      const res = spawnSync('npx', ['tsx', childFile], { cwd: root, encoding: 'utf8', env: { ...process.env, AB_ROOT: root, AB_OUT: out, AB_RUNS: String(runs) } });
      if (res.status !== 0) throw new Error(`${side} (${root}) failed: ${res.stderr}`);
      for (const line of res.stdout.trim().split('\n').filter((l) => l.startsWith('{'))) {
        const s = JSON.parse(line) as Sample;
        all[side].set(key(s), [...(all[side].get(key(s)) ?? []), s]);
      }
      loads.push(`round ${r} ${side}: load ${load} at start, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      console.error(loads.at(-1));
    }
  }

  const f = (v: number) => v.toFixed(0).padStart(6);
  console.log(`A = ${a}\nB = ${b}\n${rounds} rounds x ${runs} measured exports per case (after 3 warm-up), ms, median of all measured`);
  console.log(`${'case'.padEnd(28)} ${'CPU A'.padStart(6)} ${'CPU B'.padStart(6)} B/A   ${'wall A'.padStart(6)} ${'wall B'.padStart(6)} B/A   per-round CPU medians A | B`);
  for (const k of all.A.keys()) {
    const sa = all.A.get(k)!;
    const sb = all.B.get(k) ?? [];
    const cpuA = median(sa.flatMap((s) => s.cpu));
    const cpuB = median(sb.flatMap((s) => s.cpu));
    const wallA = median(sa.flatMap((s) => s.wall));
    const wallB = median(sb.flatMap((s) => s.wall));
    const perRound = (ss: Sample[]) => ss.map((s) => median(s.cpu).toFixed(0)).join(' ');
    console.log(`${k.padEnd(28)} ${f(cpuA)} ${f(cpuB)} ${(cpuB / cpuA).toFixed(2)}  ${f(wallA)} ${f(wallB)} ${(wallB / wallA).toFixed(2)}  ${perRound(sa)} | ${perRound(sb)}`);
  }
  console.log('PDF pages A / B');
  for (const k of all.A.keys()) {
    if (!k.startsWith('pdf')) continue;
    const [, layout, stage] = k.split(' ');
    const pages = (side: string) => execFileSync('pdfinfo', [path.join(tmp, side, `${layout}-${stage}.pdf`)], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    console.log(`  ${k.padEnd(26)} ${pages('A')} / ${pages('B')}`);
  }
  console.log(loads.join('\n'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
