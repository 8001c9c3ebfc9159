import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { readEventDate } from '../../../shared/record/eventDate';
import type { ForeseenEvent, WorkPlan } from '../../../shared/record/model';
import { planIndex } from '../../../shared/record/planIndex';
import { removeForeseenEvent, saveForeseenEvent } from '../../../shared/record/workPlans';
import { useEditorActions } from '../editor/EditorContext';
import { formatEventDate } from '../format/dateTime';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { textIn } from './recordText';

interface Draft {
  id: string | null;
  titleEn: string;
  titleZh: string;
  month: string;
  place: string;
  activityId: string;
}

const empty: Draft = { id: null, titleEn: '', titleZh: '', month: '', place: '', activityId: '' };
const fromEvent = (e: ForeseenEvent): Draft => ({ id: e.id, titleEn: e.title.en.text, titleZh: e.title.zh.text, month: e.date ?? '', place: e.place, activityId: e.activityIds[0] ?? '' });
const side = (text: string) => ({ text: text.trim(), status: text.trim() ? ('draft' as const) : ('missing' as const) });

/** The events a year's work plan foresees: a list, and a form to add one or change one (each save one undoable change). */
export function ForeseenEvents({ fw, year, plan, planned, readOnly }: { fw: Framework; year: number; plan: WorkPlan | undefined; planned: readonly string[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const actions = useEditorActions();
  const index = planIndex(fw);
  const [draft, setDraft] = useState<Draft>(empty);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { en: useId(), zh: useId(), month: useId(), place: useId(), activity: useId(), heading: useId() };
  const label = (id: string) => {
    const a = index.byId.get(id);
    return a ? localizeLabel(a.label, lang) : id;
  };
  const events = plan?.events ?? [];
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  const save = async () => {
    if (!draft.titleEn.trim() && !draft.titleZh.trim()) return setProblem(t('record.workPlan.titleMissing'));
    const month = draft.month.trim();
    if (month) {
      const read = readEventDate(month);
      if (!read.ok) return setProblem(t('record.workPlan.monthInvalid', { month }));
      if (!read.span.start.startsWith(String(year))) return setProblem(t('record.workPlan.monthOtherYear', { month, year }));
    }
    setProblem(null);
    const fields = { title: { en: side(draft.titleEn), zh: side(draft.titleZh) }, date: month ? (readEventDate(month) as { date: string }).date : null, place: draft.place, activityIds: draft.activityId ? [draft.activityId] : [] };
    const ok = await actions.apply((p) => saveForeseenEvent(p, year, draft.id, fields, new Date().toISOString(), () => crypto.randomUUID()));
    if (ok) setDraft(empty);
  };

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="record-workplan-heading">{t('record.workPlan.events', { year })}</h2>
      {events.length === 0 ? (
        <p className="record-empty">{t('record.workPlan.noEvents')}</p>
      ) : (
        <table className="record-table" data-testid="workplan-events">
          <thead>
            <tr>
              <th scope="col">{t('record.workPlan.month')}</th>
              <th scope="col">{t('record.workPlan.title')}</th>
              <th scope="col">{t('record.workPlan.place')}</th>
              <th scope="col">{t('record.workPlan.linked')}</th>
              <th scope="col"><span className="record-sr">{t('record.workPlan.tools')}</span></th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => {
              const title = textIn(e.title, lang);
              return (
                <tr key={e.id} data-testid="workplan-event">
                  <td className="record-date">{e.date ? formatEventDate(e.date, lang) : '—'}</td>
                  <th scope="row">
                    <span lang="en">{e.title.en.text}</span>
                    {e.title.zh.text && <div lang="zh">{e.title.zh.text}</div>}
                  </th>
                  <td>{e.place}</td>
                  <td>{e.activityIds.map(label).join(', ')}</td>
                  <td className="record-row-tools">
                    <button type="button" disabled={readOnly} aria-label={t('record.workPlan.editEvent', { title })} onClick={() => setDraft(fromEvent(e))}>{t('record.workPlan.edit')}</button>
                    <button type="button" disabled={readOnly} aria-label={t('record.workPlan.removeEvent', { title })} onClick={() => void actions.apply((p) => removeForeseenEvent(p, year, e.id, new Date().toISOString()))}>×</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form
        className="record-workplan-form"
        aria-label={draft.id ? t('record.workPlan.changeEvent') : t('record.workPlan.addEvent')}
        data-testid="workplan-event-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(empty);
            setProblem(null);
          }
        }}
      >
        <fieldset disabled={readOnly}>
          <legend>{draft.id ? t('record.workPlan.changeEvent') : t('record.workPlan.addEvent')}</legend>
          <label htmlFor={ids.en}>{t('record.workPlan.titleEn')}</label>
          <input id={ids.en} value={draft.titleEn} onChange={set('titleEn')} lang="en" />
          <label htmlFor={ids.zh}>{t('record.workPlan.titleZh')}</label>
          <input id={ids.zh} value={draft.titleZh} onChange={set('titleZh')} lang="zh" />
          <label htmlFor={ids.month}>{t('record.workPlan.monthField')}</label>
          <input id={ids.month} value={draft.month} onChange={set('month')} placeholder={`${year}-09`} inputMode="numeric" />
          <label htmlFor={ids.place}>{t('record.workPlan.place')}</label>
          <input id={ids.place} value={draft.place} onChange={set('place')} />
          <label htmlFor={ids.activity}>{t('record.workPlan.linked')}</label>
          <select id={ids.activity} value={draft.activityId} onChange={set('activityId')}>
            <option value="">{t('record.workPlan.noActivity')}</option>
            {planned.map((id) => (
              <option key={id} value={id}>{label(id)}</option>
            ))}
          </select>
          {problem && <p className="record-error" role="alert" data-testid="workplan-event-problem">{problem}</p>}
          <div className="modal-actions">
            <button type="submit" data-testid="workplan-event-save">{draft.id ? t('record.workPlan.saveEvent') : t('record.workPlan.addEventButton')}</button>
            {draft.id && <button type="button" onClick={() => setDraft(empty)}>{t('record.workPlan.cancel')}</button>}
          </div>
        </fieldset>
      </form>
    </section>
  );
}
