import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { COUNTRIES } from '../../../shared/record/countries';
import { readEventDate } from '../../../shared/record/eventDate';
import type { ImplementationRecord, RecordEvent } from '../../../shared/record/model';
import { deleteEvent, eventFunding, saveEvent, type EventFields } from '../../../shared/record/operations';
import { planIndex } from '../../../shared/record/planIndex';
import { printPlace, readPlace } from '../../../shared/record/place';
import { Dialog } from '../dialog/Dialog';
import { useConfirm } from '../dialog/ConfirmProvider';
import { useEditorActions } from '../editor/EditorContext';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ActivityPicker } from './ActivityPicker';
import { componentLabelsOf } from './recordText';
import { FundingRows, fundingProblem, type FundingDraft } from './FundingRows';

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
const list = (s: string) => s.split(/[;；]/).map((x) => x.trim()).filter(Boolean);

function draftOf(e: RecordEvent | undefined, record: ImplementationRecord) {
  return {
    date: e?.date ?? '',
    place: e ? printPlace(e.place, 'en') : '',
    titleEn: e?.title.en.text ?? '',
    titleZh: e?.title.zh.text ?? '',
    organisers: e?.organisers.join('; ') ?? '',
    partners: e?.partners.join('; ') ?? '',
    participants: e?.participants === null || e === undefined ? '' : String(e.participants),
    componentId: e?.componentId ?? '',
    activityIds: e?.activityIds ?? [],
    outputs: e?.outputs.join('\n') ?? '',
    references: e?.references.join('\n') ?? '',
    reportingCountry: e?.reportingCountry ?? '',
    funding: (e ? eventFunding(record, e.id) : []).map<FundingDraft>((f) => ({
      id: f.id,
      key: f.id,
      source: f.source,
      contributor: f.contributor,
      amount: String(f.amount),
      currency: f.currency,
      inKind: f.inKind,
      year: f.year === null ? '' : String(f.year),
      note: f.note,
    })),
  };
}

/**
 * The event editor: every field of an event (date as a day, a month or a range; place read as
 * city and country; title in both languages; organisers, partners, participants; the activities
 * it implements, picked from the plan; outputs, references, the reporting country) and its
 * funding rows. Saving is one undoable change through the editor's queue.
 */
export function EventEditor({ fw, record, eventId, onClose }: { fw: Framework; record: ImplementationRecord; eventId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const actions = useEditorActions();
  const confirm = useConfirm();
  const original = eventId === null ? undefined : record.events.find((e) => e.id === eventId);
  const [d, setD] = useState(() => draftOf(original, record));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const ids = { date: useId(), place: useId(), participants: useId(), title: useId() };
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const index = planIndex(fw);
  const period = index.period;
  const labels = componentLabelsOf(index);

  const date = readEventDate(d.date);
  const place = d.place.trim() ? readPlace(d.place) : null;
  const participants = d.participants.trim() === '' ? null : Number(d.participants);
  const problems = {
    date: date.ok ? null : t(`record.rowProblem.date-${date.problem}`, { value: d.date }),
    place: place ? null : t('record.editor.placeMissing'),
    title: d.titleEn.trim() || d.titleZh.trim() ? null : t('record.rowProblem.title-missing'),
    participants: participants === null || (Number.isInteger(participants) && participants >= 0) ? null : t('record.rowProblem.participants-invalid', { value: d.participants }),
    funding: d.funding.some((f) => fundingProblem(f, period) !== null),
  };
  const invalid = Object.values(problems).some(Boolean);
  const shown = (k: keyof typeof problems) => (tried ? problems[k] : null);

  const save = async () => {
    setTried(true);
    if (invalid || !date.ok || !place || saving) return;
    const firstActivity = d.activityIds.map((id) => index.byId.get(id)).find(Boolean);
    const fields: EventFields = {
      date: date.date,
      place,
      title: {
        en: { text: d.titleEn.trim(), status: d.titleEn.trim() ? (original?.title.en.status === 'missing' ? 'draft' : (original?.title.en.status ?? 'draft')) : 'missing' },
        zh: { text: d.titleZh.trim(), status: d.titleZh.trim() ? (original?.title.zh.status === 'missing' ? 'draft' : (original?.title.zh.status ?? 'draft')) : 'missing' },
      },
      organisers: list(d.organisers),
      partners: list(d.partners),
      participants,
      componentId: d.componentId || firstActivity?.planComponent.id || null,
      activityIds: d.activityIds,
      outputs: lines(d.outputs),
      references: lines(d.references),
      reportingCountry: d.reportingCountry || null,
    };
    const funding = d.funding.map((f) => ({
      id: f.id,
      source: f.source,
      contributor: f.contributor.trim(),
      amount: Number(f.amount.replace(/[,\s]/g, '')),
      currency: f.currency.trim().toUpperCase(),
      inKind: f.inKind,
      year: f.year.trim() ? Number(f.year) : null,
      note: f.note.trim(),
    }));
    setSaving(true);
    const ok = await actions.apply((p) => saveEvent(p, eventId, fields, funding, new Date().toISOString(), () => actions.newId()));
    setSaving(false);
    if (ok) onClose();
  };

  const remove = async () => {
    if (!eventId) return;
    const ok = await confirm({ title: t('record.editor.deleteTitle'), message: t('record.editor.deleteConfirm', { title: d.titleEn || d.titleZh }), confirmLabel: t('record.editor.delete') });
    if (!ok) return;
    if (await actions.apply((p) => deleteEvent(p, eventId, new Date().toISOString()))) onClose();
  };

  const err = (k: keyof typeof problems, id: string) => {
    const p = shown(k);
    return p && typeof p === 'string' ? <p id={`${id}-err`} className="record-error" role="alert">{p}</p> : null;
  };
  const describedBy = (k: keyof typeof problems, id: string, hint?: string) => [hint, shown(k) ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <Dialog title={eventId ? t('record.editor.editTitle') : t('record.editor.newTitle')} onClose={onClose} onSubmit={() => void save()} className="record-editor" testId="event-editor" wide>
      <div className="record-form">
        <div className="record-field">
          <label htmlFor={ids.date}>{t('record.editor.date')}</label>
          <input id={ids.date} value={d.date} data-autofocus aria-invalid={!!shown('date')} aria-describedby={describedBy('date', ids.date, `${ids.date}-hint`)} onChange={(e) => set({ date: e.target.value })} data-testid="event-date" />
          <p id={`${ids.date}-hint`} className="record-hint">{date.ok ? t(`record.editor.dateReads.${date.span.precision}`, { start: date.span.start, end: date.span.end }) : t('record.editor.dateHint')}</p>
          {err('date', ids.date)}
        </div>
        <div className="record-field">
          <label htmlFor={ids.place}>{t('record.editor.place')}</label>
          <input id={ids.place} value={d.place} aria-invalid={!!shown('place')} aria-describedby={describedBy('place', ids.place, `${ids.place}-hint`)} onChange={(e) => set({ place: e.target.value })} data-testid="event-place" />
          <p id={`${ids.place}-hint`} className="record-hint">
            {place ? (place.online ? t('record.editor.placeOnline') : t('record.editor.placeReads', { city: place.city || '—', country: place.country || '—' })) : t('record.editor.placeHint')}
          </p>
          {err('place', ids.place)}
        </div>
        <fieldset className="record-field record-wide" aria-describedby={shown('title') ? `${ids.title}-err` : undefined}>
          <legend>{t('record.editor.title')}</legend>
          <label lang="en">
            {t('record.editor.titleEn')}
            <input value={d.titleEn} onChange={(e) => set({ titleEn: e.target.value })} data-testid="event-title-en" />
          </label>
          <label lang="zh">
            {t('record.editor.titleZh')}
            <input value={d.titleZh} onChange={(e) => set({ titleZh: e.target.value })} data-testid="event-title-zh" />
          </label>
          {err('title', ids.title)}
        </fieldset>
        <label className="record-field">
          {t('record.editor.organisers')}
          <input value={d.organisers} onChange={(e) => set({ organisers: e.target.value })} placeholder={t('record.editor.listHint')} />
        </label>
        <label className="record-field">
          {t('record.editor.partners')}
          <input value={d.partners} onChange={(e) => set({ partners: e.target.value })} placeholder={t('record.editor.listHint')} />
        </label>
        <div className="record-field">
          <label htmlFor={ids.participants}>{t('record.editor.participants')}</label>
          <input id={ids.participants} inputMode="numeric" value={d.participants} aria-invalid={!!shown('participants')} aria-describedby={describedBy('participants', ids.participants)} onChange={(e) => set({ participants: e.target.value })} data-testid="event-participants" />
          {err('participants', ids.participants)}
        </div>
        <label className="record-field">
          {t('record.editor.component')}
          <select value={d.componentId} onChange={(e) => set({ componentId: e.target.value })} data-testid="event-component">
            <option value="">{t('record.editor.componentFromActivities')}</option>
            {index.components.map((c) => <option key={c.id} value={c.id}>{localizeLabel(labels.get(c.id) ?? '', lang)}</option>)}
          </select>
        </label>
        <label className="record-field">
          {t('record.editor.reportingCountry')}
          <select value={d.reportingCountry} onChange={(e) => set({ reportingCountry: e.target.value })}>
            <option value="">{t('record.editor.noCountry')}</option>
            {COUNTRIES.map((c) => <option key={c.code} value={c.code}>{c[lang]}</option>)}
          </select>
        </label>
        <div className="record-wide">
          <ActivityPicker fw={fw} componentId={d.componentId || null} value={d.activityIds} onChange={(activityIds) => set({ activityIds })} />
        </div>
        <label className="record-field">
          {t('record.editor.outputs')}
          <textarea rows={3} value={d.outputs} onChange={(e) => set({ outputs: e.target.value })} placeholder={t('record.editor.linesHint')} />
        </label>
        <label className="record-field">
          {t('record.editor.references')}
          <textarea rows={3} value={d.references} onChange={(e) => set({ references: e.target.value })} placeholder={t('record.editor.linesHint')} />
        </label>
        <div className="record-wide">
          <FundingRows rows={d.funding} onChange={(funding) => set({ funding })} period={period} showProblems={tried} />
        </div>
        {original && original.reportedBy.length > 0 && <p className="record-muted record-wide">{t('record.editor.reportedBy', { who: original.reportedBy.join(', ') })}</p>}
      </div>
      {tried && invalid && <p className="record-error" role="alert" data-testid="event-invalid">{t('record.editor.fixProblems')}</p>}
      <div className="modal-actions">
        <button type="submit" disabled={saving} data-testid="event-save">{t('record.editor.save')}</button>
        {eventId && <button type="button" onClick={() => void remove()} data-testid="event-delete">{t('record.editor.delete')}</button>}
        <button type="button" onClick={onClose}>{t('record.editor.cancel')}</button>
      </div>
    </Dialog>
  );
}
