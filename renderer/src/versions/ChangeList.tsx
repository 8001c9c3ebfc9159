import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change, ChangeType, CompareResult } from '../../../shared/versions/compare';
import { useNavigation } from '../navigation/NavigationContext';
import { describeChange } from './describeChange';
import { DiffRuns } from './DiffRuns';

const TYPES: ChangeType[] = ['added', 'removed', 'moved', 'text', 'status', 'attribute'];

/** The compare result as a list beside the document: each change names what changed and takes you there. */
export function ChangeList({ result }: { result: CompareResult }) {
  const { t, i18n } = useTranslation();
  const { navigate, selection } = useNavigation();
  const [filter, setFilter] = useState<ChangeType | 'all'>('all');
  const shown = result.changes.filter((c) => filter === 'all' || c.type === filter);

  const go = (c: Change) => {
    if (!c.navigateTo) return;
    if (c.type === 'text' || c.type === 'status') navigate({ elementId: c.navigateTo, field: c.field, lang: c.lang });
    else navigate({ elementId: c.navigateTo });
  };

  return (
    <div className="change-list">
      <p className="change-summary" data-testid="compare-summary">
        {result.changes.length === 0 ? t('versions.compare.none') : t('versions.compare.summary', result.counts)}
      </p>
      {result.changes.length > 0 && (
        <label className="change-filter">
          {t('versions.compare.filter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as ChangeType | 'all')}>
            <option value="all">{t('versions.compare.filterAll')}</option>
            {TYPES.filter((ty) => result.counts[ty] > 0).map((ty) => (
              <option key={ty} value={ty}>
                {t(`versions.type.${ty}`)} ({result.counts[ty]})
              </option>
            ))}
          </select>
        </label>
      )}
      <ol className="changes">
        {shown.map((c, i) => (
          <li key={i} className={`change change-${c.type}`} data-change-type={c.type} data-element-id={c.element.id}>
            <button
              type="button"
              disabled={!c.navigateTo}
              aria-current={selection?.elementId === c.navigateTo && c.navigateTo !== null ? 'true' : undefined}
              onClick={() => go(c)}
            >
              <span className="change-type">{t(`versions.type.${c.type}`)}</span>
              <span className="change-message">{describeChange(t, i18n.language, c)}</span>
            </button>
            {c.type === 'text' && (
              <div className="change-diff" lang={c.lang === 'zh' ? 'zh-CN' : 'en'}>
                <DiffRuns diff={c.diff} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
