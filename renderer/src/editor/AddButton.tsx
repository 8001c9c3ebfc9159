import { insertElement, type MovableKind } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';
import { useApplyThenFocus } from './useApplyThenFocus';
import { useRowNames } from './useRowNames';

interface Props {
  kind: MovableKind;
  parentId: string | null;
  /** The name of the element the list belongs to ("Action 1 of Component 2"), so that each Add button says where it adds. */
  parentName?: string;
  /** Where the new element goes (the end of the list when omitted). */
  index?: number;
  readOnly: boolean;
}

/** "Add …" at the end of a list (or at `index`); the new element's first field takes focus, as with "+ after". */
export function AddButton({ kind, parentId, parentName, index, readOnly }: Props) {
  const names = useRowNames();
  const actions = useEditorActions();
  const applyThenFocus = useApplyThenFocus();
  if (readOnly) return null;
  const visible = names.add(kind);
  const full = names.add(kind, parentName);
  return (
    <button
      type="button"
      className="add-button"
      data-add={kind}
      aria-label={full === visible ? undefined : full}
      onClick={() => applyThenFocus((p) => insertElement(p, kind, parentId, index ?? Number.MAX_SAFE_INTEGER, actions.newId))}
    >
      {visible}
    </button>
  );
}
