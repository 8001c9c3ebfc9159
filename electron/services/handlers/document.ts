import type { FeatureHandlers } from './types';
import type { ProjectSession } from '../projectSession';

/** Changes to the open project, with undo and redo. */
export function documentHandlers(session: ProjectSession): FeatureHandlers<'document'> {
  return {
    applyChange: async ({ label, patches, baseRevision }) => session.applyChange(label, patches, baseRevision),
    undo: async () => session.undo(),
    redo: async () => session.redo(),
  };
}
