import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { recordFigures, fundingTotal } from '../../../shared/record/figures';
import type { ImplementationRecord } from '../../../shared/record/model';
import { chartSpecs } from '../../../shared/record/report/charts';
import { planIndex } from '../../../shared/record/planIndex';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { EChart } from './EChart';
import { textIn } from './recordText';

/**
 * The record at a glance: totals, then the report's charts (events per year and component, by
 * country, activities by status, funding by source beside the plan's own estimate, note [1]),
 * for the whole period or one year. Each chart has its figures as a table beside it.
 */
export function Dashboard({ fw, record, year, onYear }: { fw: Framework; record: ImplementationRecord; year: number | null; onYear: (y: number | null) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const figures = useMemo(() => recordFigures(fw, record, year), [fw, record, year]);
  const specs = useMemo(() => chartSpecs(fw, figures, lang), [fw, figures, lang]);
  const { start, end } = planIndex(fw).period;
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);
  const estimate = fw.notes.items[0];
  const money = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  return (
    <section className="record-dashboard" aria-label={t('record.view.dashboardTitle')} data-testid="record-dashboard">
      <label className="record-year-choice">
        {t('record.view.dashboardYear')}
        <select value={year ?? ''} onChange={(e) => onYear(e.target.value ? Number(e.target.value) : null)} data-testid="dashboard-year">
          <option value="">{t('record.view.wholePeriod', { start, end })}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <dl className="record-totals" data-testid="dashboard-totals">
        <div><dt>{t('record.view.totalEvents')}</dt><dd>{figures.totalEvents}</dd></div>
        <div><dt>{t('record.view.totalParticipants')}</dt><dd>{money.format(figures.totalParticipants)}</dd></div>
        <div><dt>{t('record.view.totalCountries')}</dt><dd>{figures.countries.length}</dd></div>
        <div><dt>{t('record.view.totalFunding')}</dt><dd>{money.format(fundingTotal(figures))} USD</dd></div>
      </dl>
      <div className="record-charts">
        {specs.map((spec) => (
          <figure key={spec.id} className="record-figure" data-testid={`chart-${spec.id}`} aria-labelledby={`chart-${spec.id}-caption`}>
            <figcaption id={`chart-${spec.id}-caption`}>{spec.title[lang]}</figcaption>
            <EChart option={spec.option} height={spec.id === 'eventsPerYear' ? 300 : 240} testId={`chart-${spec.id}-drawing`} />
            <table className="record-figures">
              <thead>
                <tr>{spec.rows[0].map((h, i) => (h ? <th key={i} scope="col">{h}</th> : <td key={i} />))}</tr>
              </thead>
              <tbody>
                {spec.rows.slice(1).map((r, i) => (
                  <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>
                ))}
              </tbody>
            </table>
            {spec.id === 'fundingBySource' && estimate && (
              <p className="record-estimate" data-testid="plan-estimate">
                {t('record.view.planEstimate', { label: estimate.label ?? '[1]' })} {stripInlineMarkup(textIn(estimate.text, lang))}
              </p>
            )}
          </figure>
        ))}
      </div>
    </section>
  );
}
