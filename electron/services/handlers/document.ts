import type { FeatureHandlers, ShellHooks } from './types';
import { CancelledError } from './types';
import type { ProjectSession } from '../projectSession';

/** Changes to the open project, with undo and redo; saving it elsewhere; the recent list. */
export function documentHandlers(session: ProjectSession, hooks: ShellHooks = {}): FeatureHandlers<'document'> {
  return {
    applyChange: async ({ label, patches, baseRevision, coalesce }) => session.applyChange(label, patches, baseRevision, coalesce),
    undo: async () => session.undo(),
    redo: async () => session.redo(),
    saveAs: async ({ file }) => {
      const target = file ?? (hooks.pickSaveAsFile ? await hooks.pickSaveAsFile() : null);
      if (!target) throw new CancelledError();
      return session.saveAs(target);
    },
    retrySave: async () => session.retrySave(),
    recentProjects: async () => session.settingsStore.value.recentProjects,
    getUiLanguage: async () => session.settingsStore.value.uiLanguage,
    setUiLanguage: async ({ lang }) => (await session.settingsStore.update((s) => ({ ...s, uiLanguage: lang }))).uiLanguage,
  };
}
