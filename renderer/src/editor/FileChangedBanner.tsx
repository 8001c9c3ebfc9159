import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo, Snapshot } from '../../../shared/ipc/contract';
import { api } from '../api';

/** Save errors meaning "the file on disk is no longer what we wrote" (electron/services/projectStore.ts). */
export function isDiskChange(info: ProjectInfo): boolean {
  return info.saveState === 'error' && (info.saveError?.code.startsWith('disk-') ?? false);
}

const REASONS = {
  'disk-deleted': 'editor.diskChange.deleted',
  'disk-modified': 'editor.diskChange.modified',
  'disk-unreadable': 'editor.diskChange.unreadable',
  'disk-other-project': 'editor.diskChange.otherProject',
} as const;

interface Props {
  info: ProjectInfo;
  run: (action: () => Promise<Snapshot>) => Promise<void>;
  onSaveAs: () => void;
}

/**
 * The project file was changed on disk by someone else: saving has stopped and nothing was
 * overwritten. The user chooses: reload their file, keep mine (theirs kept as a copy), or save as.
 */
export function FileChangedBanner({ info, run, onSaveAs }: Props) {
  const { t } = useTranslation();
  const [keptAs, setKeptAs] = useState<string | null>(null);
  if (!isDiskChange(info)) {
    if (!keptAs) return null;
    return (
      <div className="notice" role="status" data-testid="theirs-kept">
        <p>{t('editor.diskChange.keptAs', { file: keptAs })}</p>
        <button type="button" onClick={() => setKeptAs(null)}>{t('project.dismiss')}</button>
      </div>
    );
  }
  const code = info.saveError!.code as keyof typeof REASONS;
  // Reloading needs a file that loads; a deleted or unreadable file cannot be taken.
  const canReload = code === 'disk-modified' || code === 'disk-other-project';
  return (
    <div className="problem save-error-banner" role="alert" data-testid="disk-change">
      <strong>{t('editor.diskChange.title', { file: info.saveError?.file ?? info.name })}</strong>
      <p className="problem-message">{t(REASONS[code] ?? 'editor.diskChange.modified')}</p>
      <p>{t('editor.diskChange.kept')}</p>
      <div className="problem-actions">
        {canReload && (
          <button type="button" onClick={() => void run(() => api.resolveDiskChange({ choice: 'reload' }))}>
            {t('editor.diskChange.reload')}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              const result = await api.resolveDiskChange({ choice: 'keepMine' });
              setKeptAs(result.theirsCopy?.name ?? null);
              return result;
            })
          }
        >
          {t('editor.diskChange.keepMine')}
        </button>
        <button type="button" onClick={onSaveAs}>{t('editor.saveError.saveAs')}</button>
      </div>
    </div>
  );
}
