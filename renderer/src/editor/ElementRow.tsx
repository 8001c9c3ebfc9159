import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../dialog/ConfirmProvider';
import { duplicateElement, insertElement, moveElement, removeElement, type MovableKind } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';
import { LabelChip } from './LabelChip';
import { useApplyThenFocus } from './useApplyThenFocus';
import { useRowNames } from './useRowNames';

/** The element being dragged (HTML drag data is not readable during dragover, so it is kept here). */
let dragged: { id: string; list: string } | null = null;

export interface RowLabel {
  label: string;
  overridden: boolean;
}

interface Props {
  elementId: string;
  kind: MovableKind;
  /** The element that holds the list this row is in (null at the top level). */
  parentId: string | null;
  /** A key shared by the rows of one list: drops are accepted only from the same list. */
  listKey: string;
  index: number;
  count: number;
  label?: RowLabel;
  /**
   * Which element this is, for the tools' names and the delete confirmation ("Activity 1-2 of
   * Component 2", see useRowNames); the kind and label alone when omitted.
   */
  what?: string;
  readOnly: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * One element of an ordered list (a paragraph, an activity, an annex entry…) with what can be
 * done to it: move (buttons, Alt+↑/↓, or drag by the handle), insert a new one after it,
 * duplicate, delete (after confirming; undo brings it back).
 */
export function ElementRow({ elementId, kind, parentId, listKey, index, count, label, what: whatGiven, readOnly, children, className }: Props) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const actions = useEditorActions();
  const [dropping, setDropping] = useState(false);
  const names = useRowNames();
  const kindName = t(`editor.kind.${kind}`);
  const what = whatGiven ?? names.row(kind, label?.label);

  const move = (to: number) => {
    if (to < 0 || to >= count) return;
    void actions.apply((p) => moveElement(p, elementId, to));
  };
  // A new row takes focus, so the user types into what they just made.
  const applyThenFocus = useApplyThenFocus();
  const insertAfter = () => applyThenFocus((p) => insertElement(p, kind, parentId, index + 1, actions.newId));
  const duplicate = () => applyThenFocus((p) => duplicateElement(p, elementId, actions.newId));
  const remove = () => {
    void confirm({ title: t('editor.delete'), message: t('editor.confirmDelete', { what }), confirmLabel: t('editor.delete') }).then((ok) => {
      if (ok) void actions.apply((p) => removeElement(p, elementId));
    });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || readOnly) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index + 1);
    }
  };

  return (
    <div
      className={`element-row kind-${kind}${dropping ? ' drop-target' : ''}${className ? ` ${className}` : ''}`}
      data-row-id={elementId}
      data-kind={kind}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (dragged && dragged.list === listKey && dragged.id !== elementId) {
          e.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        if (!dragged || dragged.list !== listKey) return;
        e.preventDefault();
        const id = dragged.id;
        dragged = null;
        void actions.apply((p) => moveElement(p, id, index));
      }}
    >
      <div className="row-head">
        {!readOnly && (
          <span
            className="drag-handle"
            draggable
            role="img"
            aria-label={t('editor.dragHandle', { what })}
            title={t('editor.dragHint')}
            data-testid="drag-handle"
            onDragStart={(e) => {
              dragged = { id: elementId, list: listKey };
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', elementId);
            }}
            onDragEnd={() => (dragged = null)}
          >
            ⠿
          </span>
        )}
        <span className="row-kind">{kindName}</span>
        {label && <LabelChip elementId={elementId} label={label.label} overridden={label.overridden} what={what} readOnly={readOnly} />}
        <span className="spacer" />
        {!readOnly && (
          <span className="row-tools" role="toolbar" aria-label={t('editor.rowTools', { what })}>
            <button type="button" onClick={() => move(index - 1)} disabled={index === 0} title={t('editor.moveUp')} aria-label={t('editor.moveUpOf', { what })}>↑</button>
            <button type="button" onClick={() => move(index + 1)} disabled={index >= count - 1} title={t('editor.moveDown')} aria-label={t('editor.moveDownOf', { what })}>↓</button>
            <button type="button" onClick={insertAfter} title={t('editor.insertAfter')} aria-label={t('editor.insertAfterOf', { what })}>{t('editor.insertAfterShort')}</button>
            <button type="button" onClick={duplicate} aria-label={t('editor.duplicateOf', { what })}>{t('editor.duplicate')}</button>
            <button type="button" className="danger" onClick={remove} aria-label={t('editor.deleteOf', { what })}>{t('editor.delete')}</button>
          </span>
        )}
      </div>
      <div className="row-body">{children}</div>
    </div>
  );
}
