import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/bilingual';
import type { Framework } from '../../../shared/model/framework';
import { carriedOverCount } from '../../../shared/model/operations';
import { STATUS_FILTER_VALUES, statusCounts, type StatusFilterValue } from '../../../shared/model/statusFilter';
import { useDerived } from '../hooks/useDerived';
import { useDraftingFilter } from './filterContext';
import './drafting.css';

/**
 * Narrows the outline and the action-plan grid (one filter for both): only carried-over
 * activities, and/or only fields in one translation state, in one language or either, with the
 * number of fields in each state.
 */
export function FilterBar({ fw, where }: { fw: Framework; where: 'outline' | 'grid' }) {
  const { t } = useTranslation();
  const { filter, setFilter } = useDraftingFilter();
  const id = useId();
  const counts = useDerived(fw, (f) => ({ status: statusCounts(f), carried: carriedOverCount(f) }));
  const lang: Language | 'any' = filter.status?.lang ?? 'any';
  const count = (s: StatusFilterValue) => (lang === 'any' ? counts.status[s].en + counts.status[s].zh : counts.status[s][lang]);
  return (
    <div className="filter-bar" role="group" aria-label={t('drafting.filter.label')} data-filter-bar={where}>
      <label className="filter-carried">
        <input type="checkbox" checked={filter.carriedOver} onChange={(e) => setFilter({ ...filter, carriedOver: e.target.checked })} disabled={counts.carried === 0 && !filter.carriedOver} />
        {t('drafting.filter.carriedOver', { count: counts.carried })}
      </label>
      <label htmlFor={`${id}-status`}>{t('drafting.filter.status')}</label>
      <select
        id={`${id}-status`}
        value={filter.status?.status ?? ''}
        onChange={(e) => setFilter({ ...filter, status: e.target.value === '' ? null : { status: e.target.value as StatusFilterValue, lang } })}
      >
        <option value="">{t('drafting.filter.anyStatus')}</option>
        {STATUS_FILTER_VALUES.map((s) => (
          <option key={s} value={s}>
            {t('drafting.filter.statusCount', { status: t(`drafting.status.${s}`), count: count(s) })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lang`} className="visually-hidden">{t('drafting.filter.language')}</label>
      <select
        id={`${id}-lang`}
        value={lang}
        disabled={filter.status === null}
        onChange={(e) => filter.status && setFilter({ ...filter, status: { ...filter.status, lang: e.target.value as Language | 'any' } })}
      >
        <option value="any">{t('drafting.filter.eitherLanguage')}</option>
        <option value="en">{t('editor.lang.en')}</option>
        <option value="zh">{t('editor.lang.zh')}</option>
      </select>
    </div>
  );
}
