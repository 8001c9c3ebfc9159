import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyWaivers, createChecker } from '../../shared/checks/registry';
import { forEachField } from '../../shared/checks/walk';
import { cloneJson } from '../../shared/model/clone';
import type { Framework } from '../../shared/model/framework';
import { generateLargeFramework } from '../../shared/model/generate/largeFramework';
import { loadProjectText } from '../../shared/model/loadProject';
import { applyPatch } from '../../shared/model/patch/patch';
import type { Project } from '../../shared/model/project';
import { createFindingsEncoder } from '../../renderer/src/findings/findingsDelta';
import { median, ms } from './_stats';

/**
 * The consistency checker on the generated ten-times framework (40 components, 600 activities,
 * ~1,000 annex entries): a full check (fresh checker, nothing remembered), and a re-check after
 * one keystroke in an activity, an annex entry and a component's main activity (the patch engine
 * shares untouched subtrees, so per-element results are reused), and in an activity's Chinese.
 * The project's glossary and review state are checked too. Also what the renderer's checker
 * worker is sent per keystroke and what it sends back.
 * Targets: full check well under 50 ms, re-check after typing well under 5 ms.
 */
/**
 * Wall time and CPU time (this process, user + system) per run, medians. On a shared machine the
 * wall time includes waiting for a core; the CPU time is the work itself.
 */
interface Timing {
  wall: number;
  cpu: number;
}
function timeRuns(runs: number, fn: () => unknown): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
const show = (t: Timing) => `${ms(t.wall)} wall, ${ms(t.cpu)} CPU`;
const minus = (a: Timing, b: Timing): Timing => ({ wall: a.wall - b.wall, cpu: a.cpu - b.cpu });

function load(): Project {
  const file = fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url));
  const r = loadProjectText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error('built-in edition does not load');
  return r.project;
}

/**
 * A copy with a distinct made-up word appended to every written text (English and Chinese alike),
 * except schedules, annex times and places, which repeat in a real document too (and would no
 * longer read as schedules and times).
 */
function uniqueTexts(fw: Framework): Framework {
  const copy = cloneJson(fw);
  let n = 0;
  const word = (i: number) => {
    let w = '';
    for (let k = i + 26 * 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
    return w;
  };
  forEachField(copy, (_id, _kind, field, value) => {
    if (field === 'schedule' || field === 'time' || field === 'place') return;
    const w = word(n++);
    for (const lang of ['en', 'zh'] as const) if (value[lang].text.trim()) value[lang].text += ` ${w}`;
  });
  return copy;
}

export async function bench(): Promise<void> {
  const builtin = load();
  const big = generateLargeFramework(builtin, { scale: 10 });
  const runs = 25;

  // Warm the JIT on the small edition first, as the app has by the time a user types.
  for (let i = 0; i < 5; i++) createChecker().check(builtin);
  const fullSmall = timeRuns(runs, () => createChecker().check(builtin));
  // The first checks of the large document run while the engine is still optimising the rules
  // for it (120-180 ms each under load, the first dozen or so): shown apart, as what opening a
  // large project costs in a fresh worker; the medians below are of the engine warmed on it.
  const cold = timeRuns(1, () => createChecker().check(big));
  const warming = timeRuns(15, () => createChecker().check(big));
  const full = timeRuns(runs, () => createChecker().check(big));
  const count = createChecker().check(big).length;
  console.log(`full check, built-in edition:   ${show(fullSmall)}`);
  console.log(`full check, 10x, first in the process: ${show(cold)}; median of the next 15 (warming): ${show(warming)}`);
  console.log(`full check, 10x framework:      ${show(full)}  (${count} findings; target well under 50 ms)`);
  // The generator repeats texts (copied entries and main activities), and the checker reads each
  // distinct text once: the same framework with every text made unique shows the cost without that.
  const unique = uniqueTexts(big.framework);
  const fullUnique = timeRuns(runs, () => createChecker().check({ ...big, framework: unique }));
  console.log(`full check, 10x, every text unique: ${show(fullUnique)}  (${createChecker().check({ ...big, framework: unique }).length} findings)`);

  const edits: Array<[string, Array<string | number>]> = [
    ['activity text', ['framework', 'actionPlan', 'components', 17, 'actions', 1, 'activities', 2, 'text', 'en', 'text']],
    ['annex entry text', ['framework', 'annex', 'areas', 9, 'entries', 40, 'text', 'en', 'text']],
    ['main activity text', ['framework', 'components', 23, 'mainActivities', 1, 'text', 'en', 'text']],
    // The terminology rule reads the Chinese too.
    ['activity Chinese', ['framework', 'actionPlan', 'components', 17, 'actions', 1, 'activities', 2, 'text', 'zh', 'text']],
  ];
  for (const [what, path] of edits) {
    const checker = createChecker();
    let project = big;
    checker.check(project);
    let n = 0;
    const times = timeRuns(runs, () => {
      // One keystroke: append a letter to the field, as the editor's patch does.
      let node: unknown = project;
      for (const k of path) node = (node as Record<string | number, unknown>)[k];
      project = applyPatch(project, { op: 'replace', path, value: `${String(node)}${'abc'[n++ % 3]}` }).result;
      return checker.check(project);
    });
    const patchOnly = timeRuns(runs, () => applyPatch(project, { op: 'replace', path, value: 'x' }));
    const recheck = minus(times, patchOnly);
    console.log(`re-check after typing in ${what.padEnd(20)} ${show(recheck)}  (${(full.cpu / recheck.cpu).toFixed(0)}x less CPU than full; target well under 5 ms)`);
  }

  // The renderer's checker worker (renderer/src/findings): per keystroke it is sent the patches
  // (not the project), and once typing pauses it sends back what changed in the findings
  // (findingsDelta.ts: new findings once, the lists as numbers); the page pays for reading that
  // message (structuredClone here: copy out and in).
  {
    const path = edits[0][1];
    const patches = [{ op: 'replace' as const, path, value: 'Joint research on marine plastics, typed' }];
    const patchMessage = { type: 'patches', revision: 2, patches };
    const checker = createChecker();
    const encoder = createFindingsEncoder();
    const whole = { type: 'findings', revision: 2, delta: encoder.encode(applyWaivers(checker.check(big), big.waivers)) };
    // A keystroke that makes a finding: an activity's schedule ending before it starts.
    const schedulePath = ['framework', 'actionPlan', 'components', 17, 'actions', 1, 'activities', 2, 'schedule', 'text', 'en', 'text'];
    const changed = applyPatch(big, { op: 'replace', path: schedulePath, value: '2030-2020' }).result;
    const delta = { type: 'findings', revision: 3, delta: encoder.encode(applyWaivers(checker.check(changed), changed.waivers)) };
    const bytes = (m: unknown) => new TextEncoder().encode(JSON.stringify(m)).length;
    const clone = timeRuns(runs, () => structuredClone(delta));
    console.log(
      `checker worker at 10x: ${bytes(patchMessage)} bytes sent per keystroke (the patch); findings back: ${(bytes(whole) / 1024).toFixed(0)} KiB once (every finding),` +
        ` then ${bytes(delta)} bytes for a change that makes a finding (structured clone ${show(clone)}), 30 bytes (the revision) for one that changes none`,
    );
  }
  const os = await import('node:os');
  console.log(`load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bench();
