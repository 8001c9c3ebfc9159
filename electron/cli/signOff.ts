import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkerFindings } from '../../shared/export/checkFindings';
import { signOffPatches } from '../../shared/export/finalChanges';
import { makeSignOff } from '../../shared/export/finalGate';
import type { ExportLayout } from '../../shared/export/types';
import { preflightFor } from '../services/export/exportService';
import { ProjectSession } from '../services/projectSession';
import { gateLines } from './gateText';
import { problemText } from './problemText';

export interface SignOffRequest {
  file: string;
  name: string;
  role: string;
  note: string;
  layout: ExportLayout;
  acknowledgeWarnings: boolean;
}

/**
 * `npm run export -- sign-off PROJECT.json --name … --role … [--note …] [--acknowledge-warnings]`:
 * records who signed off the project's current text, as the app's Sign off does. Opens the
 * project as the app does (its lock: a project open elsewhere is refused, nothing written) and
 * saves atomically with a backup. Refused (exit 3, saying what is not met) until the project's
 * final requirements other than the warnings are met; the warnings only with --acknowledge-warnings.
 */
export async function runSignOff(req: SignOffRequest): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-cli-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 0 });
  try {
    try {
      await session.open(path.resolve(req.file));
    } catch (e) {
      console.error(`export: ${await problemText(e)} (nothing was signed off)`);
      return 2;
    }
    const gate = preflightFor(session.current, { layout: req.layout }, checkerFindings).final;
    const made = makeSignOff(gate, { name: req.name, role: req.role, note: req.note, acknowledgeWarnings: req.acknowledgeWarnings }, new Date().toISOString());
    if (!made.ok) {
      const why =
        made.reason === 'warnings-unacknowledged'
          ? 'the warnings are not acknowledged (read them with `npm run check`, then add --acknowledge-warnings)'
          : made.reason === 'who-missing'
            ? '--name and --role are required'
            : 'the final requirements are not met';
      console.error(`export: sign-off refused: ${why}; nothing was written`);
      for (const line of await gateLines(gate)) if (!line.includes('[signOff]')) console.error(line);
      return made.reason === 'who-missing' ? 2 : 3;
    }
    session.applyChange('export.undo.signOff', signOffPatches(session.current, made.signOff));
    await session.flush();
    const s = made.signOff;
    console.log(`signed off by ${s.name} (${s.role}) at ${s.at}${s.acknowledgedWarnings.length ? `, acknowledging ${s.acknowledgedWarnings.length} warning(s)` : ''}; text ${s.contentHash.slice(0, 12)}`);
    return 0;
  } finally {
    await session.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
