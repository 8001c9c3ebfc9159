import { promises as fs } from 'node:fs';
import { wordProblem, type ProblemWords } from '../../shared/ipc/problemWords';
import { problemFrom } from '../services/problems';

/**
 * What went wrong, in English, as the app words it (the `problems` of the UI's en.json: the same
 * path from electron/cli/ and from a bundle in out/cli/), with its code for scripts: "[locked] …".
 */
export async function problemText(e: unknown): Promise<string> {
  const problem = problemFrom(e);
  const en = JSON.parse(await fs.readFile(new URL('../../renderer/i18n/locales/en.json', import.meta.url), 'utf8')) as { problems: ProblemWords };
  return `[${problem.code}] ${wordProblem(problem, en.problems)}`;
}
