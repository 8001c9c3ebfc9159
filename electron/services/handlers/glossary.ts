import path from 'node:path';
import { glossaryToCsv } from '../../../shared/glossary/csv';
import { glossaryToTbx } from '../../../shared/glossary/tbx';
import { ProblemError } from '../../../shared/ipc/problem';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';
import { resolveTarget } from '../review/outputPath';
import type { FeatureHandlers, ShellHooks } from './types';

/**
 * The Glossary panel's export: the open project's terms as CSV (UTF-8 with a byte-order mark, so
 * spreadsheet programs read the Chinese) or TBX-Basic, written where the user chooses (desktop save
 * dialog) or into the data folder's `exports/` (browser build).
 */
export function glossaryHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'glossary'> {
  return {
    exportGlossary: async ({ format }) => {
      const project = session.current;
      const extension = format === 'csv' ? '.csv' : '.tbx';
      const chosen = await resolveTarget(session.dataDir, `${project.framework.id}-glossary${extension}`, undefined, hooks.pickGlossaryFile);
      const ext = path.extname(chosen).toLowerCase();
      if (ext && ext !== extension) throw new ProblemError('bad-target', { extension }, { file: chosen });
      const out = path.resolve(ext ? chosen : `${chosen}${extension}`);
      const text = format === 'csv' ? `\uFEFF${glossaryToCsv(project.glossary)}` : glossaryToTbx(project.glossary);
      const bytes = new TextEncoder().encode(text);
      await writeFileAtomic(out, bytes);
      return { file: fileHandlesOf(session).mint(out, 'written'), bytes: bytes.byteLength, terms: project.glossary.length };
    },
  };
}
