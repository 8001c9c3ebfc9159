import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../../shared/ipc/contract';
import type { UiLanguage } from '../../i18n';

interface Props {
  info: ProjectInfo;
  onNewFromBuiltin: () => void;
  onOpen: () => void;
  onOpenBuiltin: () => void;
  onExport: () => void;
  onLanguage: (lang: UiLanguage) => void;
}

/** The top bar: which project is open, its save state, the project commands and the UI language. */
export function ProjectBar({ info, onNewFromBuiltin, onOpen, onOpenBuiltin, onExport, onLanguage }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <header className="project-bar">
      <h1 className="project-name" data-testid="project-name">{info.name}</h1>
      {!info.builtin && (
        <span className={`save-state save-${info.saveState}`} data-testid="save-state" role="status">
          {t(`project.saveState.${info.saveState}`)}
        </span>
      )}
      <div className="spacer" />
      <button type="button" onClick={onNewFromBuiltin}>{t('project.newFromBuiltin')}</button>
      <button type="button" onClick={onOpen}>{t('project.open')}</button>
      {!info.builtin && <button type="button" onClick={onOpenBuiltin}>{t('project.openBuiltin')}</button>}
      <button type="button" onClick={onExport} data-testid="export-button">{t('export.button')}</button>
      <label className="language">
        {t('app.language')}
        <select value={i18n.language} onChange={(e) => onLanguage(e.target.value as UiLanguage)}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
      </label>
    </header>
  );
}
