import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../dialog/Dialog';

interface Props {
  suggestion: string;
  onSave: (file: string) => void;
  onCancel: () => void;
}

/** Save As in the browser build, which has no native save dialog: the user types the file's path. */
export function SaveAsDialog({ suggestion, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState(suggestion);
  return (
    <Dialog title={t('editor.saveAs.title')} onClose={onCancel} onSubmit={() => file.trim() && onSave(file.trim())}>
      <label className="plain-field">
        <span className="plain-label">{t('editor.saveAs.path')}</span>
        <input data-autofocus value={file} onChange={(e) => setFile(e.target.value)} data-testid="save-as-path" size={60} />
      </label>
      <div className="modal-actions">
        <button type="submit">{t('editor.saveAs.save')}</button>
        <button type="button" onClick={onCancel}>{t('editor.cancel')}</button>
      </div>
    </Dialog>
  );
}
