import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../../shared/ipc/contract';
import type { FileRef } from '../../../shared/ipc/fileHandle';
import { api } from '../api';
import { operationName } from './operationName';

interface Props {
  info: ProjectInfo;
  onUndo: () => void;
  onRedo: () => void;
  onSaveAs: () => void;
  /** Open a recent project by its handle. */
  onOpenRecent: (project: string) => void;
  onNewEmpty: () => void;
}

/** Undo / Redo (naming what they would undo or redo), Save As, and the recent projects. */
export function EditorToolbar({ info, onUndo, onRedo, onSaveAs, onOpenRecent, onNewEmpty }: Props) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<FileRef[]>([]);
  useEffect(() => {
    let alive = true;
    api.recentProjects({}).then((r) => alive && setRecent(r), () => undefined);
    return () => {
      alive = false;
    };
  }, [info.file]);
  // The open project's `file` is its handle: the same file has the same handle in the recent list.
  const others = recent.filter((f) => f.handle !== info.file);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {!info.builtin && (
        <>
          <button type="button" onClick={onUndo} disabled={!info.undoLabel} data-testid="undo" title={t('editor.shortcut.undo')}>
            {info.undoLabel ? t('editor.undoWhat', { what: operationName(t, info.undoLabel) }) : t('editor.undo')}
          </button>
          <button type="button" onClick={onRedo} disabled={!info.redoLabel} data-testid="redo" title={t('editor.shortcut.redo')}>
            {info.redoLabel ? t('editor.redoWhat', { what: operationName(t, info.redoLabel) }) : t('editor.redo')}
          </button>
          <button type="button" onClick={onSaveAs} data-testid="save-as">{t('editor.saveAs.button')}</button>
        </>
      )}
      <span className="spacer" />
      <button type="button" onClick={onNewEmpty} data-testid="new-empty">{t('editor.newEmpty')}</button>
      {others.length > 0 && (
        <select
          value=""
          aria-label={t('editor.recent')}
          onChange={(e) => e.target.value && onOpenRecent(e.target.value)}
        >
          <option value="">{t('editor.recent')}</option>
          {others.map((f) => (
            <option key={f.handle} value={f.handle}>{f.name}</option>
          ))}
        </select>
      )}
    </div>
  );
}
