import { ProblemError } from '../../../shared/ipc/problem';
import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';

/** Opening, creating and recovering project files. */
export function projectHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'project'> {
  // Every file here comes from a handle main minted (recent list, a problem's file, listBackups) or from a native dialog.
  const files = fileHandlesOf(session);
  return {
    getSnapshot: async () => session.snapshot(),
    newFromBuiltin: async () => {
      const target = hooks.pickNewProjectFile ? await hooks.pickNewProjectFile() : await session.freshProjectPath();
      if (!target) throw new ProblemError('cancelled');
      return session.newFromBuiltin(target);
    },
    openProject: async ({ project, takeOver }) => {
      const target = project !== undefined ? files.resolve(project, 'project') : hooks.pickProjectToOpen ? await hooks.pickProjectToOpen() : null;
      if (!target) throw new ProblemError('cancelled');
      return session.open(target, { takeOver });
    },
    openBuiltin: async () => session.openBuiltin(),
    listBackups: async ({ project }) => {
      const file = files.resolve(project, 'project');
      return (await session.listBackups(file)).map((b) => ({ ...files.mint(b.file, 'backup', file), takenAt: b.takenAt, bytes: b.bytes }));
    },
    openBackup: async ({ project, backup }) => {
      const file = files.resolve(project, 'project');
      const entry = files.entry(backup, 'backup');
      // A backup handle opens only with the project it was listed for.
      if (entry.owner !== file) throw new ProblemError('wrong-handle-kind', { expected: 'backup of this project', found: 'backup of another project' });
      return session.openBackup(file, entry.file);
    },
    resolveDiskChange: async ({ choice }) => {
      const { theirsCopy, ...snapshot } = await session.resolveDiskChange(choice);
      return { ...snapshot, theirsCopy: theirsCopy === null ? null : files.mint(theirsCopy, 'project') };
    },
  };
}
