import { useSyncExternalStore, type ComponentProps } from 'react';
import { ProjectBar } from '../components/ProjectBar';
import { useEditorActions } from './EditorContext';

/**
 * The project bar, showing "Unsaved changes" from the first keystroke (typing is committed after a
 * pause). Only this bar re-renders when typing starts or is committed, not the workspace.
 */
export function ProjectBarWithDrafts(props: ComponentProps<typeof ProjectBar>) {
  const actions = useEditorActions();
  const drafting = useSyncExternalStore(actions.subscribeDrafts, actions.hasDrafts);
  const info = drafting && props.info.saveState === 'saved' ? { ...props.info, saveState: 'unsaved' as const } : props.info;
  return <ProjectBar {...props} info={info} />;
}
