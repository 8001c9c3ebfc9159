import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { countryByName } from '../../../shared/record/countries';
import { compareEventDates } from '../../../shared/record/eventDate';
import { liveEvents } from '../../../shared/record/merge';
import type { ImplementationRecord } from '../../../shared/record/model';
import { planIndex } from '../../../shared/record/planIndex';
import { formatEventDate } from '../format/dateTime';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { componentLabelsOf, eventRow, type EventRow } from './recordText';
import { useRowWindow } from './useRowWindow';

type SortKey = 'date' | 'title' | 'place' | 'component' | 'participants';
const COLUMNS: readonly SortKey[] = ['date', 'title', 'place', 'component', 'participants'];
const ROW_HEIGHT = 38;

export interface EventFilter {
  year: string;
  component: string;
  country: string;
  linked: '' | 'linked' | 'unlinked';
  text: string;
}
const NO_FILTER: EventFilter = { year: '', component: '', country: '', linked: '', text: '' };

function compareRows(a: EventRow, b: EventRow, key: SortKey): number {
  switch (key) {
    case 'date':
      return compareEventDates(a.event.date, b.event.date);
    case 'title':
      return a.title.localeCompare(b.title);
    case 'place':
      return a.place.localeCompare(b.place);
    case 'component':
      return a.componentLabel.localeCompare(b.componentLabel, undefined, { numeric: true });
    case 'participants':
      return (a.event.participants ?? -1) - (b.event.participants ?? -1);
  }
}

function matches(r: EventRow, f: EventFilter): boolean {
  if (f.year && !r.years.includes(Number(f.year))) return false;
  if (f.component && (r.componentId ?? 'none') !== f.component) return false;
  if (f.country && r.country !== f.country) return false;
  if (f.linked === 'linked' && r.event.activityIds.length === 0) return false;
  if (f.linked === 'unlinked' && r.event.activityIds.length > 0) return false;
  if (f.text) {
    const q = f.text.toLowerCase();
    if (![r.title, r.event.title.en.text, r.event.title.zh.text, r.place, ...r.event.organisers].some((s) => s.toLowerCase().includes(q))) return false;
  }
  return true;
}

/**
 * The events table of the Implementation view: sortable columns (a header button each, its
 * direction announced by aria-sort), filters by year, component, country, linked or not and by
 * words, and a window of rows when the record is long. A row's button opens the event editor.
 */
export function EventsTable({ fw, record, onEdit }: { fw: Framework; record: ImplementationRecord; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [filter, setFilter] = useState<EventFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'date', dir: 1 });
  const index = planIndex(fw);
  const all = useMemo(() => liveEvents(record).map((e) => eventRow(fw, e, lang)), [fw, record, lang]);
  const rows = useMemo(() => {
    const shown = all.filter((r) => matches(r, filter));
    return shown.sort((a, b) => sort.dir * (compareRows(a, b, sort.key) || compareEventDates(a.event.date, b.event.date) || (a.event.id < b.event.id ? -1 : 1)));
  }, [all, filter, sort]);
  const countries = useMemo(() => [...new Set(all.map((r) => r.country))].sort(), [all]);
  const scroller = useRef<HTMLDivElement | null>(null);
  const win = useRowWindow(scroller, rows.length, ROW_HEIGHT);
  const years: number[] = [];
  for (let y = index.period.start; y <= index.period.end; y++) years.push(y);
  const set = (patch: Partial<EventFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const countryName = (c: string) => (c === 'online' ? t('record.view.online') : c === '' ? t('record.view.placeUnknown') : (countryByName(c)?.[lang] ?? c));
  const labels = componentLabelsOf(index);

  return (
    <section className="record-events" aria-label={t('record.view.eventsTitle')}>
      <div className="record-filters" role="group" aria-label={t('record.view.filters')}>
        <label>
          {t('record.view.filterYear')}
          <select value={filter.year} onChange={(e) => set({ year: e.target.value })} data-testid="record-filter-year">
            <option value="">{t('record.view.all')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>
          {t('record.view.filterComponent')}
          <select value={filter.component} onChange={(e) => set({ component: e.target.value })} data-testid="record-filter-component">
            <option value="">{t('record.view.all')}</option>
            {index.components.map((c) => <option key={c.id} value={c.id}>{localizeLabel(labels.get(c.id) ?? '', lang)}</option>)}
            <option value="none">{t('record.view.noComponent')}</option>
          </select>
        </label>
        <label>
          {t('record.view.filterCountry')}
          <select value={filter.country} onChange={(e) => set({ country: e.target.value })} data-testid="record-filter-country">
            <option value="">{t('record.view.all')}</option>
            {countries.map((c) => <option key={c || '-'} value={c}>{countryName(c)}</option>)}
          </select>
        </label>
        <label>
          {t('record.view.filterLinked')}
          <select value={filter.linked} onChange={(e) => set({ linked: e.target.value as EventFilter['linked'] })} data-testid="record-filter-linked">
            <option value="">{t('record.view.all')}</option>
            <option value="linked">{t('record.view.linked')}</option>
            <option value="unlinked">{t('record.view.unlinked')}</option>
          </select>
        </label>
        <label>
          {t('record.view.filterText')}
          <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} data-testid="record-filter-text" />
        </label>
        <span role="status" className="record-count" data-testid="record-event-count">
          {t('record.view.shown', { shown: rows.length, total: all.length })}
        </span>
      </div>
      <div className="record-scroll" ref={scroller} tabIndex={-1}>
        <table className="record-table" data-testid="record-events-table" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" aria-sort={sort.key === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => setSort((s) => ({ key: c, dir: s.key === c ? ((-s.dir) as 1 | -1) : 1 }))}>
                    {t(`record.view.col.${c}`)}
                    <span aria-hidden="true">{sort.key === c ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('record.view.col.activities')}</th>
              <th scope="col"><span className="record-sr">{t('record.view.col.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <tr aria-hidden="true" style={{ height: win.before }} />}
            {win.indexes.map((i) => <EventTableRow key={rows[i].event.id} row={rows[i]} index={i} onEdit={onEdit} />)}
            {win.after > 0 && <tr aria-hidden="true" style={{ height: win.after }} />}
          </tbody>
        </table>
        {all.length === 0 && <p className="record-empty">{t('record.view.noEvents')}</p>}
      </div>
    </section>
  );
}

const EventTableRow = memo(function EventTableRow({ row, index, onEdit }: { row: EventRow; index: number; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const e = row.event;
  return (
    <tr data-testid="record-event-row" data-event-id={e.id} aria-rowindex={index + 2} onDoubleClick={() => onEdit(e.id)}>
      <td className="record-date" title={e.date}>{formatEventDate(e.date, lang)}</td>
      <td lang={row.title === e.title.en.text ? 'en' : 'zh'}>{row.title}</td>
      <td>{row.place}</td>
      <td>{row.componentLabel || <span className="record-muted">{t('record.view.noComponent')}</span>}</td>
      <td className="record-num">{e.participants ?? ''}</td>
      <td>{row.activityLabels.length ? row.activityLabels.join(', ') : <span className="record-warn">{t('record.view.unlinked')}</span>}</td>
      <td>
        <button type="button" onClick={() => onEdit(e.id)} aria-label={t('record.view.editEvent', { title: row.title })}>
          {t('record.view.edit')}
        </button>
      </td>
    </tr>
  );
});
