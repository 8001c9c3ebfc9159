import ExcelJS from 'exceljs';
import type { Framework } from '../../../shared/model/framework';
import type { Project } from '../../../shared/model/project';
import { liveEvents } from '../../../shared/record/merge';
import { ACTIVITY_STATUSES, ActivityStatusSchema, type ActivityStatus, type StatusEntry } from '../../../shared/record/model';
import { planIndex } from '../../../shared/record/planIndex';
import { buildProgressPacket, type ProgressPacket } from '../../../shared/record/progressReport';
import { EVENT_COLUMNS, eventToRow } from '../../../shared/record/rows';

/**
 * The progress template the secretariat sends a country: a workbook with the events sheet (the
 * progress columns, the country's events so far), the activities sheet (one row per activity,
 * a column per year of the plan period for its status, chosen from a list) and a hidden sheet
 * naming the framework and the country, which the import checks.
 */
export const TEMPLATE_KIND = 'acec-progress-template';
export const EVENTS_SHEET = 'Events';
export const ACTIVITIES_SHEET = 'Activities';
export const ABOUT_SHEET = 'About';

const FIXED_ACTIVITY_COLUMNS = ['component', 'activity', 'text_en', 'text_zh', 'schedule'];
/** Status words as the sheet offers them ("not started" with a space, as people write it). */
const statusWord = (s: ActivityStatus) => s.replace('-', ' ');

export async function buildTemplateWorkbook(project: Project, country: string, createdAt: string): Promise<Uint8Array> {
  const fw = project.framework;
  const index = planIndex(fw);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ACEC framework editor';
  wb.created = new Date(createdAt);

  const events = wb.addWorksheet(EVENTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  events.addRow([...EVENT_COLUMNS]);
  events.getRow(1).font = { bold: true };
  events.getColumn(1).numFmt = '@'; // typed dates stay text, not spreadsheet dates
  [14, 30, 50, 40, 11, 14, 36, 12, 14].forEach((w, i) => (events.getColumn(i + 1).width = w));
  for (const e of liveEvents(project.record)) if (e.reportingCountry === country) events.addRow(eventToRow(fw, e));

  const years: number[] = [];
  for (let y = index.period.start; y <= index.period.end; y++) years.push(y);
  const activities = wb.addWorksheet(ACTIVITIES_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  activities.addRow([...FIXED_ACTIVITY_COLUMNS, ...years.map(String)]);
  activities.getRow(1).font = { bold: true };
  [11, 14, 60, 40, 24, ...years.map(() => 13)].forEach((w, i) => (activities.getColumn(i + 1).width = w));
  for (const a of index.activities) {
    const mine = project.record.statuses.filter((s) => s.activityId === a.activity.id && s.reporter === country);
    const row = activities.addRow([
      String(a.componentNumber),
      a.label,
      a.activity.text.en.text,
      a.activity.text.zh.text,
      a.activity.schedule.text.en.text,
      ...years.map((y) => {
        const s = mine.find((m) => m.year === y) ?? undefined;
        return s ? statusWord(s.status) : '';
      }),
    ]);
    years.forEach((_, i) => {
      row.getCell(FIXED_ACTIVITY_COLUMNS.length + 1 + i).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${ACTIVITY_STATUSES.map(statusWord).join(',')}"`],
      };
    });
  }

  const about = wb.addWorksheet(ABOUT_SHEET, { state: 'veryHidden' });
  about.addRows([
    ['field', 'value'],
    ['kind', TEMPLATE_KIND],
    ['framework', fw.id],
    ['country', country],
    ['created', createdAt],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The statuses typed in the activities sheet (rows as text, header first), attributed to `reporter`. */
export function readStatusSheet(fw: Framework, rows: readonly string[][], reporter: string): StatusEntry[] {
  const header = rows[0] ?? [];
  const index = planIndex(fw);
  const yearCols = header.map((h, i) => [i, /^\d{4}$/.test(h) ? +h : NaN] as const).filter(([, y]) => !Number.isNaN(y));
  const out: StatusEntry[] = [];
  for (const row of rows.slice(1)) {
    const pa = index.activityByLabel(Number(row[0]), row[1] ?? '');
    if (!pa) continue;
    for (const [col, year] of yearCols) {
      const word = (row[col] ?? '').trim().toLowerCase().replace(/\s+/g, '-');
      const status = ActivityStatusSchema.safeParse(word);
      if (!status.success) continue;
      out.push({ activityId: pa.activity.id, year, status: status.data, note: '', reporter, rev: 0, updatedAt: '1970-01-01T00:00:00.000Z' });
    }
  }
  return out;
}

/**
 * The app packet for a country: what it reported so far and the framework (so the NFP's app can
 * open it as the country's workspace), sealed; the NFP's app adds to it and sends it back.
 */
export function buildTemplatePacket(project: Project, country: string, createdAt: string): ProgressPacket {
  return buildProgressPacket({
    frameworkId: project.framework.id,
    country,
    reporter: country,
    createdAt,
    events: project.record.events.filter((e) => e.reportingCountry === country),
    statuses: project.record.statuses.filter((s) => s.reporter === country),
    funding: project.record.funding.filter((f) => f.reporter === country),
    framework: project.framework,
  });
}
