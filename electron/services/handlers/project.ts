import { ProblemError } from '../../../shared/ipc/problem';
import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';

/** Opening, creating and recovering project files. */
export function projectHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'project'> {
  return {
    getSnapshot: async () => session.snapshot(),
    newFromBuiltin: async ({ file }) => {
      const target = file ?? (hooks.pickNewProjectFile ? await hooks.pickNewProjectFile() : await session.freshProjectPath());
      if (!target) throw new ProblemError('cancelled');
      return session.newFromBuiltin(target);
    },
    openProject: async ({ file, takeOver }) => {
      const target = file ?? (hooks.pickProjectToOpen ? await hooks.pickProjectToOpen() : null);
      if (!target) throw new ProblemError('cancelled');
      return session.open(target, { takeOver });
    },
    openBuiltin: async () => session.openBuiltin(),
    listBackups: async ({ file }) => session.listBackups(file),
    openBackup: async ({ file, backup }) => session.openBackup(file, backup),
    resolveDiskChange: async ({ choice }) => session.resolveDiskChange(choice),
  };
}
