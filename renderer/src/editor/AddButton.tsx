import { useTranslation } from 'react-i18next';
import { insertElement, type MovableKind } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';

interface Props {
  kind: MovableKind;
  parentId: string | null;
  /** Where the new element goes (the end of the list when omitted). */
  index?: number;
  readOnly: boolean;
}

/** "Add …" at the end of a list (or at `index`). */
export function AddButton({ kind, parentId, index, readOnly }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  if (readOnly) return null;
  return (
    <button
      type="button"
      className="add-button"
      data-add={kind}
      onClick={() => void actions.apply((p) => insertElement(p, kind, parentId, index ?? Number.MAX_SAFE_INTEGER, actions.newId))}
    >
      {t('editor.add', { what: t(`editor.kind.${kind}`) })}
    </button>
  );
}
