import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { planIndex } from '../../../shared/record/planIndex';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { textIn } from './recordText';

/** At most this many matches are listed; typing narrows them. */
const LIST_MAX = 60;

/**
 * Links an event to action-plan activities: the linked ones as chips (each with a remove button),
 * and a search over the plan (label or words, within the chosen component when there is one)
 * whose results are checkboxes. Keyboard: Tab through the results, Space to link or unlink.
 */
export function ActivityPicker({ fw, componentId, value, onChange }: { fw: Framework; componentId: string | null; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const index = planIndex(fw);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase().replace(/\s+/g, '');
    return index.activities.filter((a) => {
      if (componentId && a.planComponent.id !== componentId && !value.includes(a.activity.id)) return false;
      if (!q) return true;
      const label = a.label.toLowerCase().replace(/\s+/g, '');
      return label.includes(q) || localizeLabel(a.label, 'zh').replace(/\s+/g, '').includes(q) || textIn(a.activity.text, lang).toLowerCase().includes(query.trim().toLowerCase());
    });
  }, [index, componentId, query, lang, value]);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  return (
    <fieldset className="record-picker" data-testid="activity-picker">
      <legend>{t('record.editor.activities')}</legend>
      <ul className="record-chips" aria-label={t('record.editor.linkedActivities')}>
        {value.length === 0 && <li className="record-muted">{t('record.editor.noActivities')}</li>}
        {value.map((id) => {
          const a = index.byId.get(id);
          const label = a ? localizeLabel(a.label, lang) : id;
          return (
            <li key={id}>
              <span>{label}</span>
              <button type="button" onClick={() => toggle(id)} aria-label={t('record.editor.unlink', { label })}>×</button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={searchId}>{t('record.editor.findActivity')}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('record.editor.findActivityHint')} data-testid="activity-search" />
      <div className="record-picker-list" role="group" aria-label={t('record.editor.planActivities')}>
        {matches.slice(0, LIST_MAX).map((a) => (
          <label key={a.activity.id} className="record-picker-item">
            <input type="checkbox" checked={value.includes(a.activity.id)} onChange={() => toggle(a.activity.id)} />
            <strong>{localizeLabel(a.label, lang)}</strong> <span className="record-muted">{localizeLabel(a.componentLabel, lang)}</span> — {textIn(a.activity.text, lang)}
          </label>
        ))}
        {matches.length > LIST_MAX && <p className="record-muted">{t('record.editor.moreMatches', { count: matches.length - LIST_MAX })}</p>}
        {matches.length === 0 && <p className="record-muted">{t('record.editor.noMatches')}</p>}
      </div>
    </fieldset>
  );
}
