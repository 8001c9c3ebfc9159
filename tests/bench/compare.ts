import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloneJson } from '../../shared/model/clone';
import { listElements } from '../../shared/model/elements';
import type { Framework } from '../../shared/model/framework';
import { generateLargeFramework, seededRandom } from '../../shared/model/generate/largeFramework';
import { loadProjectText } from '../../shared/model/loadProject';
import type { Project } from '../../shared/model/project';
import { compareFrameworks } from '../../shared/versions/compare';
import { median, ms, timeRuns } from './_stats';

/**
 * Structure-aware compare on the generated ten-times framework (40 components, 600 activities,
 * ~1,000 annex entries) with 5% of its bilingual fields edited (English: a word replaced and two
 * inserted; Chinese: characters inserted) and 1% of its activities moved to another action.
 * Reported: the median of the 10x pair, of the built-in edition against that edited 10x framework
 * (nearly everything added), and of the built-in edition with the same kind of edits, with ratios.
 */
function load(): Project {
  const file = fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url));
  const r = loadProjectText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error('built-in edition does not load');
  return r.project;
}

/** A copy of `fw` with `share` of its text fields edited and `moveShare` of its activities moved. */
function edited(fw: Framework, share: number, moveShare: number, seed = 7): { fw: Framework; fields: number; edited: number; moved: number } {
  const out = cloneJson(fw);
  const rand = seededRandom(seed);
  const fields = listElements(out).flatMap((e) => e.fields);
  let count = 0;
  for (const f of fields) {
    if (rand() >= share) continue;
    count++;
    const en = f.value.en;
    const words = en.text.split(' ');
    if (words.length > 3) words[Math.floor(rand() * words.length)] = 'revised';
    en.text = `${words.join(' ')} and more`.trim();
    if (f.value.zh.text) {
      const zh = f.value.zh.text;
      const at = Math.floor(rand() * zh.length);
      f.value.zh.text = `${zh.slice(0, at)}进一步${zh.slice(at)}`;
    }
  }
  const actions = out.actionPlan.components.flatMap((c) => c.actions);
  const total = actions.reduce((n, a) => n + a.activities.length, 0);
  let moved = 0;
  for (let i = 0; i < Math.round(total * moveShare); i++) {
    const from = actions[Math.floor(rand() * actions.length)];
    const to = actions[Math.floor(rand() * actions.length)];
    if (from === to || from.activities.length < 2) continue;
    to.activities.splice(Math.floor(rand() * (to.activities.length + 1)), 0, ...from.activities.splice(Math.floor(rand() * from.activities.length), 1));
    moved++;
  }
  return { fw: out, fields: fields.length, edited: count, moved };
}

export async function bench(): Promise<void> {
  const builtin = load().framework;
  const big = generateLargeFramework(load(), { scale: 10 }).framework;
  const bigEdited = edited(big, 0.05, 0.01);
  const smallEdited = edited(builtin, 0.05, 0.01);
  const runs = 15;

  for (let i = 0; i < 3; i++) compareFrameworks(builtin, smallEdited.fw); // warm the JIT

  const small = median(await timeRuns(runs, () => compareFrameworks(builtin, smallEdited.fw)));
  const large = median(await timeRuns(runs, () => compareFrameworks(big, bigEdited.fw)));
  const same = median(await timeRuns(runs, () => compareFrameworks(big, big)));
  const cross = median(await timeRuns(runs, () => compareFrameworks(builtin, bigEdited.fw)));
  const r = compareFrameworks(big, bigEdited.fw);
  const x = compareFrameworks(builtin, bigEdited.fw);

  console.log(`built-in edition, 5% of ${smallEdited.fields} fields edited, ${smallEdited.moved} moves:  ${ms(small)}`);
  console.log(`10x framework, ${bigEdited.edited} of ${bigEdited.fields} fields edited (5%), ${bigEdited.moved} moves:  ${ms(large)}  (${large / small >= 1 ? (large / small).toFixed(1) : (large / small).toFixed(2)}x the built-in)`);
  console.log(`   found: ${JSON.stringify(r.counts)}`);
  console.log(`10x framework against itself (matching and walking only):  ${ms(same)}  (${((same / large) * 100).toFixed(0)}% of the edited pair)`);
  console.log(`built-in edition vs edited 10x framework:  ${ms(cross)}  (${JSON.stringify(x.counts)})`);
}
