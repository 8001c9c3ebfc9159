import { useCallback } from 'react';
import type { Operation } from '../../../shared/model/operations/types';
import type { Project } from '../../../shared/model/project';
import { useEditorActions } from './EditorContext';
import { focusWhenShown } from './focusWhenShown';

/**
 * Applies an edit that creates an element ("+ after", Duplicate, an end-of-list Add) and, once
 * main has accepted it, puts the caret in the new element's first field, so the user types into
 * what they just made.
 */
export function useApplyThenFocus(): (make: (p: Project) => Operation & { id: string }) => void {
  const actions = useEditorActions();
  return useCallback(
    (make) => {
      let made: string | null = null;
      void actions
        .apply((p) => {
          const op = make(p);
          made = op.id;
          return op;
        })
        .then((ok) => {
          if (ok && made) focusWhenShown(made);
        });
    },
    [actions],
  );
}
