import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';

interface Props {
  suggestion: string;
  /** The bare file name typed: main saves it in its own projects folder. */
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Save As in the browser build, which has no native save dialog: the user types a file name (main chooses the folder). */
export function SaveAsDialog({ suggestion, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(suggestion);
  return (
    <Dialog title={t('editor.saveAs.title')} onClose={onCancel} onSubmit={() => name.trim() && onSave(name.trim())}>
      <label className="plain-field">
        <span className="plain-label">{t('editor.saveAs.name')}</span>
        <input data-autofocus value={name} onChange={(e) => setName(e.target.value)} data-testid="save-as-name" size={40} aria-describedby="save-as-where" />
      </label>
      <p id="save-as-where">{t('editor.saveAs.where')}</p>
      <div className="modal-actions">
        <button type="submit">{t('editor.saveAs.save')}</button>
        <button type="button" onClick={onCancel}>{t('editor.cancel')}</button>
      </div>
    </Dialog>
  );
}
