import type { FeatureHandlers, ShellHooks } from './types';

/** The page's answers to the desktop shell; the browser build has no shell and ignores them. */
export function shellHandlers(hooks: ShellHooks = {}): FeatureHandlers<'shell'> {
  return {
    flushDone: async ({ id }) => {
      hooks.rendererFlushed?.(id);
      return null;
    },
  };
}
