import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../shared/ipc/methods/versions';
import { formatDateTime } from '../format/dateTime';

interface Props {
  kind: 'named' | 'history';
  versions: VersionInfo[];
  readOnly: boolean;
  onCompare: (v: VersionInfo) => void;
  onRestore: (v: VersionInfo) => void;
}

/** Named versions (milestones) or automatic history, newest first, each with Compare and Restore. */
export function VersionList({ kind, versions, readOnly, onCompare, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <section className="version-list" aria-label={t(kind === 'named' ? 'versions.named.title' : 'versions.history.title')}>
      <h4>{t(kind === 'named' ? 'versions.named.title' : 'versions.history.title')}</h4>
      {versions.length === 0 ? (
        <p className="versions-explain">{t(kind === 'named' ? 'versions.named.empty' : 'versions.history.empty')}</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li key={v.id} data-version-id={v.id}>
              <div className="version-head">
                <strong>{v.name ?? t('versions.history.item')}</strong>
                <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, i18n.language)}</time>
              </div>
              {v.author && <div className="version-author">{t('versions.named.by', { author: v.author })}</div>}
              {v.note && <div className="version-note">{v.note}</div>}
              <div className="versions-buttons">
                <button type="button" onClick={() => onCompare(v)}>
                  {t('versions.compareWithCurrent')}
                </button>
                {!readOnly && (
                  <button type="button" onClick={() => onRestore(v)}>
                    {t('versions.restore')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
