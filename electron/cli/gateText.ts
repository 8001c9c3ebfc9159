import type { FinalGate } from '../../shared/export/finalGate';
import { englishWords } from './englishWords';

/**
 * The final gate in English, as the app words it (`export.final` of the UI's en.json): one line
 * per requirement not met, with its count and where the first few blockers are
 * (element id, field and language, or the finding's code), for the command line.
 */
export async function gateLines(gate: FinalGate): Promise<string[]> {
  const word = await englishWords();
  const lines: string[] = [];
  for (const item of gate.items) {
    if (item.met) continue;
    lines.push(`  NOT MET [${item.requirement}] ${word(`export.final.blocked.${item.requirement}`, { count: item.count })}`);
    const shown = item.requirement === 'coverFinal' || item.requirement === 'signOff' ? [] : item.targets.slice(0, 5);
    for (const t of shown) lines.push(`      at ${[t.elementId, t.field, t.lang].filter(Boolean).join(' ')}${t.code ? ` (${t.code})` : ''}`);
    if (item.count > shown.length && shown.length) lines.push(`      … and ${item.count - shown.length} more`);
  }
  return lines;
}
