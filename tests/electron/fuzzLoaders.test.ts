import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzTarget, fuzzTargets, type FuzzTarget } from './helpers/loaderFuzz';

/**
 * Every loader and importer under fast-check with a fixed seed and a bounded count (the bench runs
 * many more: `npm run bench -- fuzz`). Each input is accepted and valid, or refused with a code
 * that has words in the UI; a refused file changes neither the open project nor its file on disk.
 */
let setup: Awaited<ReturnType<typeof fuzzTargets>>;
beforeAll(async () => {
  setup = await fuzzTargets();
}, 60_000);
afterAll(async () => {
  await setup?.close();
});

const NAMES = ['project', 'workspace', 'packet', 'review copy', 'settings', 'version', 'history .json.gz', 'history .json.gz (content)', 'lock file', 'review .docx', 'progress packet', 'progress .xlsx', 'progress .csv', 'glossary .csv', 'glossary .tbx'];

describe('fuzzing every loader and importer', () => {
  for (const name of NAMES) {
    it(`${name}: every mutated file is accepted and valid, or refused with a specific code`, async () => {
      const t: FuzzTarget | undefined = setup.targets.find((x) => x.name === name);
      expect(t, name).toBeDefined();
      const tally = await fuzzTarget(t!, t!.runs);
      const total = [...tally.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(t!.runs);
      // Not vacuous: the mutations reach refusals (and, for most kinds, more than one reason).
      expect([...tally.keys()].some((k) => k !== 'accepted'), `${name}: ${JSON.stringify([...tally])}`).toBe(true);
    }, 120_000);
  }
});
