import { createContext, useContext } from 'react';
import type { EditorActions } from './useDocumentEditor';

/** The editor's stable actions, for fields deep in a view (memoized views need no prop for them). */
export const EditorActionsContext = createContext<EditorActions | null>(null);

export function useEditorActions(): EditorActions {
  const a = useContext(EditorActionsContext);
  if (!a) throw new Error('useEditorActions outside the editor');
  return a;
}
