import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../../shared/ipc/contract';
import { isDiskChange } from './FileChangedBanner';
import { problemText } from '../components/problemText';

interface Props {
  info: ProjectInfo;
  onRetry: () => void;
  onSaveAs: () => void;
}

/** A save that failed: what and where, that the edits are still here, and the two ways out. */
export function SaveErrorBanner({ info, onRetry, onSaveAs }: Props) {
  const { t } = useTranslation();
  // A file changed on disk asks its own question (FileChangedBanner).
  if (info.saveState !== 'error' || isDiskChange(info)) return null;
  return (
    <div className="problem save-error-banner" role="alert" data-testid="save-error">
      <strong>{t('editor.saveError.title', { file: info.saveError?.file ?? info.name })}</strong>
      {info.saveError && <p className="problem-message">{problemText(t, info.saveError)}</p>}
      <p>{t('editor.saveError.kept')}</p>
      <div className="problem-actions">
        <button type="button" onClick={onRetry}>{t('editor.saveError.retry')}</button>
        <button type="button" onClick={onSaveAs}>{t('editor.saveError.saveAs')}</button>
      </div>
    </div>
  );
}
