import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLabel } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';

interface Props {
  elementId: string;
  label: string;
  overridden: boolean;
  readOnly: boolean;
}

/**
 * An element's printed label ("Activity 2-1"). Derived labels renumber by themselves; the user can
 * type their own (kept, and shown as overridden) and return to the automatic one.
 */
export function LabelChip({ elementId, label, overridden, readOnly }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const [editing, setEditing] = useState<string | null>(null);

  if (editing !== null) {
    const done = (value: string | null) => {
      setEditing(null);
      if (value !== null) void actions.apply((p) => setLabel(p, elementId, value));
    };
    return (
      <input
        className="label-input"
        autoFocus
        value={editing}
        aria-label={t('editor.labelInput')}
        onChange={(e) => setEditing(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') done(editing);
          if (e.key === 'Escape') done(null);
        }}
        onBlur={() => done(editing === label ? null : editing)}
      />
    );
  }
  return (
    <span className="label-chip-wrap">
      <button
        type="button"
        className={overridden ? 'label-chip overridden' : 'label-chip'}
        data-testid="element-label"
        data-label-for={elementId}
        title={overridden ? t('editor.labelOverridden') : t('editor.labelDerived')}
        disabled={readOnly}
        onClick={() => setEditing(label)}
      >
        {label}
      </button>
      {overridden && !readOnly && (
        <button type="button" className="link-button" onClick={() => void actions.apply((p) => setLabel(p, elementId, null))}>
          {t('editor.labelReset')}
        </button>
      )}
    </span>
  );
}
