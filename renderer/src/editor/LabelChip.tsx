import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storedLabel } from '../../../shared/model/labelWords';
import { setLabel } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';

interface Props {
  elementId: string;
  /** As shown: in the UI language ("活动2-1" in the Chinese UI). */
  label: string;
  overridden: boolean;
  /** The element it labels ("Activity 1-2 of Component 2"): the chip's name says which, where the label alone repeats on a page. */
  what?: string;
  readOnly: boolean;
}

/**
 * An element's printed label ("Activity 2-1"). Derived labels renumber by themselves; the user can
 * type their own (kept, and shown as overridden) and return to the automatic one. The label is
 * edited as shown, in the UI language, and kept in the form both documents print ("活动1-4" is kept
 * as "Activity 1-4", which the Chinese document prints as "活动1-4").
 */
export function LabelChip({ elementId, label, overridden, what, readOnly }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const [editing, setEditing] = useState<string | null>(null);

  if (editing !== null) {
    // Text left as shown is no change: committing it would turn a derived label into an override
    // that stops renumbering, or respell an override typed in another form ("Activity1-3").
    const done = (value: string | null) => {
      setEditing(null);
      if (value !== null && value !== label) void actions.apply((p) => setLabel(p, elementId, storedLabel(value)));
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
        onBlur={() => done(editing)}
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
        aria-label={what && what !== label ? t('editor.labelOf', { label, what }) : undefined}
        disabled={readOnly}
        onClick={() => setEditing(label)}
      >
        {label}
      </button>
      {overridden && !readOnly && (
        <button type="button" className="link-button" aria-label={what ? t('editor.labelResetOf', { what }) : undefined} onClick={() => void actions.apply((p) => setLabel(p, elementId, null))}>
          {t('editor.labelReset')}
        </button>
      )}
    </span>
  );
}
