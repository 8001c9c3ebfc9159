import type { Language } from '../../model/bilingual';
import type { Framework } from '../../model/framework';
import { localizeLabel } from '../../model/labelWords';
import type { TableBlock, TableRow } from '../../export/types';
import { ACTIVITY_STATUSES, FUNDING_SOURCES } from '../model';
import type { RecordFigures } from '../figures';
import { planIndex } from '../planIndex';
import { countryByName } from '../countries';
import { SOURCE_WORDS, STATUS_WORDS } from './reportWords';

/**
 * The dashboard's charts as Apache ECharts options, built from the record's figures. The same
 * options draw the charts in the app (the renderer's ECharts) and, as server-side SVG, in the
 * report (electron/services/record/chartSvg.ts), so both show one chart. Pure data: no chart
 * library here.
 */
export type ChartId = 'eventsPerYear' | 'eventsByCountry' | 'activitiesByStatus' | 'fundingBySource';
export const CHART_IDS: readonly ChartId[] = ['eventsPerYear', 'eventsByCountry', 'activitiesByStatus', 'fundingBySource'];

export interface ChartSpec {
  id: ChartId;
  title: Record<Language, string>;
  /** The ECharts option (titles and labels in the chart's language). */
  option: Record<string, unknown>;
  /** The same figures as rows of text (header first): the table a reader without the drawing gets. */
  rows: string[][];
}

/** A chart drawn as SVG for the report. */
export interface ReportChart {
  id: ChartId;
  title: Record<Language, string>;
  svg: string;
  width: number;
  height: number;
  rows: string[][];
  /** The chart for a .docx (SVG and PNG fallback), when a Word file is being made. */
  wordImage?: { svg: string; png: Uint8Array };
}

const TITLES: Record<ChartId, Record<Language, string>> = {
  eventsPerYear: { en: 'Events per year and component', zh: '各组成部分每年活动数' },
  eventsByCountry: { en: 'Events by country where held', zh: '按举办国家统计的活动' },
  activitiesByStatus: { en: 'Activities by status', zh: '按状态统计的活动' },
  fundingBySource: { en: 'Funding mobilised by source (USD)', zh: '按来源统计的资金（美元）' },
};
const NO_STATUS: Record<Language, string> = { en: 'no status', zh: '无状态' };
const NONE: Record<Language, string> = { en: 'no component', zh: '未归入组成部分' };
const ONLINE: Record<Language, string> = { en: 'Online', zh: '线上' };
const UNKNOWN_PLACE: Record<Language, string> = { en: 'not given', zh: '未填写' };
const TOTAL: Record<Language, string> = { en: 'Total', zh: '合计' };
/** One palette for both the app and the report, distinguishable in print. */
export const CHART_COLOURS = ['#2f6f9f', '#d08c2f', '#4f9a5b', '#a34a5d', '#7b68a6', '#6b7b8c', '#b5a642', '#3d9ea0'];

const base = (lang: Language) => ({
  animation: false,
  color: CHART_COLOURS,
  textStyle: { fontFamily: lang === 'zh' ? 'Noto Sans SC, Noto Serif SC, sans-serif' : 'Noto Serif, serif' },
  // Room on the right for the value labels of the horizontal bars.
  grid: { left: 48, right: 56, top: 40, bottom: 56, containLabel: true },
  tooltip: { trigger: 'axis' },
});

export function chartSpecs(fw: Framework, figures: RecordFigures, lang: Language): ChartSpec[] {
  const index = planIndex(fw);
  const componentNames = index.components.map((c, i) => localizeLabel(index.activities.find((a) => a.planComponent.id === c.id)?.componentLabel ?? `Component ${i + 1}`, lang));
  const keys = [...index.components.map((c) => c.id), ...(figures.perComponentYear.has('') ? [''] : [])];
  const names = [...componentNames, ...(figures.perComponentYear.has('') ? [NONE[lang]] : [])];
  const years = figures.years.map(String);
  const perYear = keys.map((k) => figures.years.map((y) => figures.perComponentYear.get(k)?.get(y) ?? 0));
  const statuses = [...ACTIVITY_STATUSES, 'none' as const];
  const statusNames = statuses.map((s) => (s === 'none' ? NO_STATUS[lang] : STATUS_WORDS[s][lang]));
  const statusCounts = statuses.map((s) => figures.activitiesByStatus.get(s) ?? 0);
  const sourceNames = FUNDING_SOURCES.map((s) => SOURCE_WORDS[s][lang]);
  const usd = FUNDING_SOURCES.map((s) => {
    const sum = figures.funding.get(s)?.get('USD');
    return sum ? sum.cash + sum.inKind : 0;
  });
  // Most events first, then by name: the order a reader scans.
  const countryName = (k: string) => (k === 'online' ? ONLINE[lang] : k === '' ? UNKNOWN_PLACE[lang] : (countryByName(k)?.[lang] ?? k));
  const byCountry = [...figures.perCountry.entries()].map(([k, n]) => [countryName(k), n] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [
    {
      id: 'eventsPerYear',
      title: TITLES.eventsPerYear,
      option: {
        ...base(lang),
        legend: { bottom: 0, data: names },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value', minInterval: 1 },
        series: names.map((name, i) => ({ name, type: 'bar', stack: 'events', data: perYear[i] })),
      },
      rows: [['', ...years, TOTAL[lang]], ...names.map((n, i) => [n, ...perYear[i].map(String), String(perYear[i].reduce((a, b) => a + b, 0))])],
    },
    {
      id: 'eventsByCountry',
      title: TITLES.eventsByCountry,
      option: {
        ...base(lang),
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: byCountry.map(([n]) => n), inverse: true },
        series: [{ type: 'bar', data: byCountry.map(([, v]) => v), label: { show: true, position: 'right' } }],
      },
      rows: [['', TOTAL[lang]], ...byCountry.map(([n, v]) => [n, String(v)])],
    },
    {
      id: 'activitiesByStatus',
      title: TITLES.activitiesByStatus,
      option: {
        ...base(lang),
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: statusNames, inverse: true },
        series: [{ type: 'bar', data: statusCounts, label: { show: true, position: 'right' }, colorBy: 'data' }],
      },
      rows: [['', TOTAL[lang]], ...statusNames.map((n, i) => [n, String(statusCounts[i])])],
    },
    {
      id: 'fundingBySource',
      title: TITLES.fundingBySource,
      option: {
        ...base(lang),
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: sourceNames, inverse: true, axisLabel: { width: 160, overflow: 'break' } },
        series: [{ type: 'bar', data: usd, label: { show: true, position: 'right' } }],
      },
      rows: [['', 'USD'], ...sourceNames.map((n, i) => [n, String(usd[i])])],
    },
  ];
}

/** A chart's figures as an export-model table (the fallback of its drawing). */
export function chartTable(rows: readonly string[][], lang: Language): TableBlock {
  const cellOf = (text: string, header: boolean) => ({
    content: [{ kind: 'paragraph' as const, style: header ? ('cellHeader' as const) : ('cell' as const), runs: text ? [{ text, lang, ...(header ? { bold: true } : {}) }] : [], lang }],
    ...(header ? { shade: true } : {}),
  });
  const body: TableRow[] = rows.map((r, i) => r.map((t) => cellOf(t, i === 0)));
  return { kind: 'table', role: 'generic', widths: [40, ...rows[0].slice(1).map(() => 12)], headerRows: 1, rows: body, keepWithNextRows: [] };
}
