import { ProblemError } from '../../../shared/ipc/problem';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createChecker } from '../../../shared/checks/registry';
import { checkerFindings } from '../../../shared/export/checkFindings';
import { defaultExportName, exportProject, preflightFor } from '../export/exportService';
import { exporterFor } from '../export/registry';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';
import type { FeatureHandlers, ShellHooks } from './types';

/**
 * Export of the open project. The file goes where the user chooses (desktop save dialog) or, in
 * the browser build, into the data folder's `exports/`. Open / show in folder take a handle of a
 * file this session wrote (kind `written`), so the renderer cannot have the shell open any path.
 */
export function exportHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'export'> {
  const checker = createChecker();
  const findings = (p: Parameters<typeof checkerFindings>[0]) => checkerFindings(p, checker);
  const files = fileHandlesOf(session);
  return {
    exportPreflight: async ({ layout }) => preflightFor(session.current, { layout }, findings),
    exportDocument: async ({ format, options, overwrite }) => {
      const project = session.current;
      const suggested = defaultExportName(project, format, options, session.info().file);
      // The desktop's save dialog asks before replacing a file itself; a path from anywhere else does not.
      const picked = hooks.pickExportTarget ? await hooks.pickExportTarget(suggested, format) : null;
      const target = picked ?? (hooks.pickExportTarget ? null : path.join(session.dataDir, 'exports', suggested));
      if (!target) throw new ProblemError('cancelled');
      // The file gets its format's extension (a name typed without one gets it added); a path
      // ending in another extension is refused rather than overwritten with a document.
      const extension = `.${exporterFor(format).extension}`;
      const ext = path.extname(target).toLowerCase();
      if (ext && ext !== extension) throw new ProblemError('bad-target', { extension }, { file: target });
      const resolved = path.resolve(ext ? target : `${target}${extension}`);
      if (!overwrite && !(picked && path.resolve(picked) === resolved) && (await fs.stat(resolved).catch(() => null))) {
        throw new ProblemError('export-exists', { name: path.basename(resolved) }, { file: resolved });
      }
      const result = await exportProject(project, format, options, resolved, findings);
      return { format: result.format, file: files.mint(result.file, 'written'), bytes: result.bytes, ms: result.ms };
    },
    exportOpen: async ({ file }) => {
      const resolved = files.resolve(file, 'written');
      if (!hooks.openPath) return { done: false, reason: 'unsupported' as const };
      await hooks.openPath(resolved);
      return { done: true };
    },
    exportShowInFolder: async ({ file }) => {
      const resolved = files.resolve(file, 'written');
      if (!hooks.showItemInFolder) return { done: false, reason: 'unsupported' as const };
      hooks.showItemInFolder(resolved);
      return { done: true };
    },
  };
}
