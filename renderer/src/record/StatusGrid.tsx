import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { ACTIVITY_STATUSES, type ImplementationRecord } from '../../../shared/record/model';
import { planIndex, type PlannedActivity } from '../../../shared/record/planIndex';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { cellFit, gridData, type GridData } from './gridCells';
import { textIn } from './recordText';
import { useRowWindow } from './useRowWindow';

const ROW_HEIGHT = 36;
type Item = { kind: 'component'; id: string; label: string } | { kind: 'activity'; pa: PlannedActivity };

/**
 * Activities × years of the plan period, each cell coloured by the activity's status that year and
 * marked against its parsed schedule: planned years carry a frame, a planned year that is over with
 * nothing recorded is a gap, something held in a year the schedule did not plan is marked "+".
 * Each cell is a button (its accessible name says all of it) that opens the status editor.
 */
export function StatusGrid({ fw, record, onCell }: { fw: Framework; record: ImplementationRecord; onCell: (activityId: string, year: number) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const index = planIndex(fw);
  const data = gridData(record);
  const years: number[] = [];
  for (let y = index.period.start; y <= index.period.end; y++) years.push(y);
  const items = useMemo(() => {
    const out: Item[] = [];
    let last = '';
    for (const pa of index.activities) {
      if (pa.planComponent.id !== last) {
        last = pa.planComponent.id;
        out.push({ kind: 'component', id: last, label: pa.componentLabel });
      }
      out.push({ kind: 'activity', pa });
    }
    return out;
  }, [index]);
  const scroller = useRef<HTMLDivElement | null>(null);
  const win = useRowWindow(scroller, items.length, ROW_HEIGHT);
  const thisYear = new Date().getFullYear();
  return (
    <section className="record-grid-view" aria-label={t('record.view.gridTitle')}>
      <ul className="record-legend" aria-label={t('record.view.legend')}>
        {ACTIVITY_STATUSES.map((s) => (
          <li key={s}><span className={`record-swatch status-${s}`} aria-hidden="true" />{t(`record.status.${s}`)}</li>
        ))}
        <li><span className="record-swatch fit-planned" aria-hidden="true" />{t('record.view.fit.planned')}</li>
        <li><span className="record-swatch fit-gap" aria-hidden="true" />{t('record.view.fit.gap')}</li>
        <li><span className="record-swatch fit-unplanned" aria-hidden="true">+</span>{t('record.view.fit.unplanned')}</li>
      </ul>
      <div className="record-scroll" ref={scroller} tabIndex={-1}>
        <table className="record-grid" data-testid="record-grid">
          <thead>
            <tr>
              <th scope="col">{t('record.view.col.activity')}</th>
              <th scope="col">{t('record.view.col.schedule')}</th>
              {years.map((y) => <th key={y} scope="col">{y}</th>)}
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <tr aria-hidden="true" style={{ height: win.before }} />}
            {win.indexes.map((i) => {
              const item = items[i];
              if (item.kind === 'component') {
                return (
                  <tr key={`c-${item.id}`} className="record-grid-group">
                    <th colSpan={years.length + 2} scope="colgroup">{localizeLabel(item.label, lang)}</th>
                  </tr>
                );
              }
              return <GridRow key={item.pa.activity.id} pa={item.pa} years={years} data={data} thisYear={thisYear} onCell={onCell} />;
            })}
            {win.after > 0 && <tr aria-hidden="true" style={{ height: win.after }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const GridRow = memo(function GridRow({ pa, years, data, thisYear, onCell }: { pa: PlannedActivity; years: number[]; data: GridData; thisYear: number; onCell: (activityId: string, year: number) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = pa.activity.id;
  const label = localizeLabel(pa.label, lang);
  return (
    <tr data-testid="record-grid-row" data-activity-id={id}>
      <th scope="row" title={textIn(pa.activity.text, lang)}>{label}</th>
      <td className="record-schedule">{textIn(pa.activity.schedule.text, lang)}</td>
      {years.map((y) => {
        const status = data.statuses.get(id)?.get(y);
        const events = data.events.get(id)?.get(y)?.length ?? 0;
        const planned = pa.plannedYears.includes(y);
        const fit = cellFit(planned, status, events, y, thisYear);
        const statusWord = status ? t(`record.status.${status.status}`) : '';
        const name = t('record.view.cellName', {
          activity: label,
          year: y,
          planned: planned ? t('record.view.plannedYes') : t('record.view.plannedNo'),
          status: statusWord || t('record.view.noStatus'),
          events,
        });
        return (
          <td key={y} className={`record-cell fit-${fit} ${status ? `status-${status.status}` : ''}`} data-year={y} data-fit={fit} data-status={status?.status ?? ''}>
            <button type="button" aria-label={name} title={status?.note || undefined} onClick={() => onCell(id, y)}>
              <span className="record-cell-status">{statusWord}</span>
              {events > 0 && <span className="record-cell-events" aria-hidden="true">{` ● ${events}`}</span>}
              {fit === 'unplanned' && <span aria-hidden="true"> +</span>}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
