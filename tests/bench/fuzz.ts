import { fuzzTarget, fuzzTargets } from '../electron/helpers/loaderFuzz';

/**
 * `npm run bench -- fuzz`: the loader fuzz of tests/electron/fuzzLoaders.test.ts with many more
 * inputs (FUZZ_SCALE × the CI count per loader, 20 by default; FUZZ_SEED changes the seed). Prints,
 * per loader, how many inputs were accepted and how many refused by each code, and the rate. A
 * finding (an input neither accepted and valid nor refused with a code) stops it with the input.
 */
export async function bench(): Promise<void> {
  const scale = Number(process.env.FUZZ_SCALE ?? 20);
  const seed = Number(process.env.FUZZ_SEED ?? 15);
  const { targets, close } = await fuzzTargets();
  try {
    let total = 0;
    for (const t of targets) {
      const runs = t.runs * scale;
      const t0 = performance.now();
      const tally = await fuzzTarget(t, runs, seed);
      const s = (performance.now() - t0) / 1000;
      total += runs;
      const codes = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      console.log(`${t.name.padEnd(28)} ${String(runs).padStart(6)} inputs in ${s.toFixed(1)} s (${(runs / s).toFixed(0)}/s): ${codes}`);
    }
    console.log(`fuzz: ${total} inputs, seed ${seed}, no finding`);
  } finally {
    await close();
  }
}
