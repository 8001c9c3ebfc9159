import { ProblemError } from '../../../shared/ipc/problem';
import { randomUUID } from 'node:crypto';
import { emptyFramework } from '../../../shared/model/operations/empty';
import { CURRENT_SCHEMA_VERSION, ProjectSchema } from '../../../shared/model/project';
import { ProjectStore } from '../projectStore';
import { fileHandlesOf } from '../fileHandles';
import { projectsFolderTarget } from '../saveTargets';
import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';

/** Changes to the open project, with undo and redo; saving it elsewhere; the recent list. */
export function documentHandlers(session: ProjectSession, hooks: ShellHooks = {}): FeatureHandlers<'document'> {
  const files = fileHandlesOf(session);
  return {
    // The reply is the update doc:changed broadcasts: the patches, not the project.
    applyChange: async ({ label, patches, baseRevision, coalesce }) => (session.applyChange(label, patches, baseRevision, coalesce), session.lastUpdate()),
    undo: async () => (session.undo(), session.lastUpdate()),
    redo: async () => (session.redo(), session.lastUpdate()),
    saveAs: async ({ target: handle }) => {
      const target = handle !== undefined ? files.resolve(handle, 'save-target') : hooks.pickSaveAsFile ? await hooks.pickSaveAsFile() : null;
      if (!target) throw new ProblemError('cancelled');
      return session.saveAs(target);
    },
    chooseSaveTarget: async ({ name }) => files.mint(await projectsFolderTarget(session.dataDir, name), 'save-target'),
    retrySave: async () => session.retrySave(),
    newEmpty: async ({ start }) => {
      const target = hooks.pickNewProjectFile ? await hooks.pickNewProjectFile() : await session.freshProjectPath('framework-empty');
      if (!target) throw new ProblemError('cancelled');
      const from = start ?? new Date().getFullYear();
      const framework = emptyFramework(() => `n${randomUUID().replace(/-/g, '').slice(0, 12)}`, { start: from, end: from + 4 });
      const store = await ProjectStore.create(target, ProjectSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, framework }));
      await store.close();
      return session.open(target);
    },
    recentProjects: async () => session.settingsStore.value.recentProjects.map((f) => files.mint(f, 'project')),
    getUiLanguage: async () => session.settingsStore.value.uiLanguage,
    setUiLanguage: async ({ lang }) => (await session.settingsStore.update((s) => ({ ...s, uiLanguage: lang }))).uiLanguage,
  };
}
