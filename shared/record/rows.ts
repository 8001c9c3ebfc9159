import type { Framework } from '../model/framework';
import { canonicalJson } from '../review/canonicalJson';
import { sha256Hex } from '../review/sha256';
import { readEventDate, type EventDateProblem } from './eventDate';
import { RecordEventSchema, type RecordEvent } from './model';
import { printPlace, readPlace } from './place';
import { planIndex } from './planIndex';
import { ProblemError } from '../ipc/problem';
import { isCountryCode } from './countries';

/**
 * The progress-report columns (CSV and spreadsheet): one event per row, under a header row.
 * `date` YYYY-MM-DD, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD; `component` its number; `activity` the
 * label as printed ("Activity 1-4") or `none`; `organisers` separated by ";".
 */
export const EVENT_COLUMNS = ['date', 'place', 'title_en', 'title_zh', 'component', 'activity', 'organisers', 'participants', 'source'] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];
const REQUIRED: readonly EventColumn[] = ['date', 'place', 'title_en', 'title_zh', 'component', 'activity'];

/** Why a row was not imported (codes; the words are in the locales). */
export type RowProblem =
  | `date-${EventDateProblem}`
  | 'title-missing'
  | 'component-missing'
  | 'component-unknown'
  | 'activity-unknown'
  | 'participants-invalid'
  // A value the record cannot hold (too long, too many names): the field and the rule in `value`.
  | 'row-invalid';

export interface RefusedRow {
  /** The row's number in the file, the header being 1 (what a spreadsheet shows). */
  line: number;
  problem: RowProblem;
  /** The value the problem is about, as written. */
  value: string;
}

export interface ReadRowsResult {
  events: RecordEvent[];
  refused: RefusedRow[];
  /** Rows that repeat an earlier row's event (same date, place and title): merged into it. */
  repeated: Array<{ line: number; sameAs: number }>;
}


export interface ReadRowsOptions {
  /** Who sent the file, for rows with no `source` (the file's name, or the template's country). */
  reporter: string;
  /** The template's country (ISO code), or null for a plain file. */
  country: string | null;
  /** The report's time; a file with no time of its own uses the epoch, so re-importing it changes nothing. */
  updatedAt?: string;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * An event's id from what makes it that event: its date, place and title. The same row in two
 * files, or twice in one, is the same event; a corrected title is another (the duplicate check
 * points at the pair).
 */
export function eventIdentity(date: string, placeText: string, title: string): string {
  return `ev-${sha256Hex(canonicalJson({ date, place: norm(placeText), title: norm(title) })).slice(0, 24)}`;
}

const splitList = (s: string) => s.split(/[;；\n]/).map((x) => x.trim()).filter(Boolean);

/**
 * Reads the rows of a file (header first, cells as text) against a framework. Each row becomes an
 * event or a refusal with its line and reason; nothing else stops the rest. Pure.
 */
export function readEventRows(fw: Framework, rows: readonly (readonly string[])[], options: ReadRowsOptions): ReadRowsResult {
  const header = (rows[0] ?? []).map((h) => norm(h.replace(/^\uFEFF/, '')));
  const at = new Map<string, number>();
  header.forEach((h, i) => { if (!at.has(h)) at.set(h, i); });
  const missing = REQUIRED.filter((c) => !at.has(c));
  // A header the reader cannot use: the missing columns, by name.
  if (missing.length) throw new ProblemError('missing-columns', { columns: missing.join(', ') });
  const index = planIndex(fw);
  const out: ReadRowsResult = { events: [], refused: [], repeated: [] };
  const seen = new Map<string, { event: RecordEvent; line: number }>();
  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const row = rows[r];
    const cell = (c: EventColumn) => (at.has(c) ? String(row[at.get(c)!] ?? '').trim() : '');
    if (row.every((v) => !String(v ?? '').trim())) continue;
    const refuse = (problem: RowProblem, value: string) => out.refused.push({ line, problem, value });
    const date = readEventDate(cell('date'));
    if (!date.ok) { refuse(`date-${date.problem}`, cell('date')); continue; }
    const titleEn = cell('title_en');
    const titleZh = cell('title_zh');
    if (!titleEn && !titleZh) { refuse('title-missing', ''); continue; }
    const componentText = cell('component');
    const activityText = cell('activity');
    const unlinked = !activityText || /^(none|无|-)$/i.test(activityText);
    let componentId: string | null = null;
    let componentNumber = 0;
    if (componentText) {
      const m = /^(?:component|组成部分)?\s*(\d+)$/i.exec(componentText);
      const pc = m ? index.componentByNumber(+m[1]) : undefined;
      if (!pc) { refuse('component-unknown', componentText); continue; }
      componentId = pc.id;
      componentNumber = +m![1];
    } else if (!unlinked) { refuse('component-missing', activityText); continue; }
    const activityIds: string[] = [];
    if (!unlinked) {
      const found = index.activityByLabel(componentNumber, activityText);
      if (!found) { refuse('activity-unknown', activityText); continue; }
      activityIds.push(found.activity.id);
    }
    const participantsText = cell('participants').replace(/[,\s]/g, '');
    let participants: number | null = null;
    if (participantsText) {
      if (!/^\d+$/.test(participantsText)) { refuse('participants-invalid', cell('participants')); continue; }
      participants = Number(participantsText);
    }
    const place = readPlace(cell('place'));
    const id = eventIdentity(date.date, printPlace(place, 'en'), titleEn || titleZh);
    const source = cell('source') || options.reporter;
    const earlier = seen.get(id);
    if (earlier) {
      const e = earlier.event;
      e.activityIds = [...new Set([...e.activityIds, ...activityIds])].sort();
      e.organisers = [...new Set([...e.organisers, ...splitList(cell('organisers'))])];
      e.reportedBy = [...new Set([...e.reportedBy, source])].sort();
      out.repeated.push({ line, sameAs: earlier.line });
      continue;
    }
    const event: RecordEvent = {
      id,
      date: date.date,
      place,
      title: {
        en: { text: titleEn, status: titleEn ? 'draft' : 'missing' },
        zh: { text: titleZh, status: titleZh ? 'draft' : 'missing' },
      },
      organisers: splitList(cell('organisers')),
      partners: [],
      participants,
      componentId,
      activityIds,
      outputs: [],
      references: [],
      reportingCountry: options.country ?? (isCountryCode(source.toUpperCase()) ? source.toUpperCase() : null),
      reportedBy: [source],
      deleted: false,
      rev: 0,
      updatedAt: options.updatedAt ?? EPOCH,
    };
    // Whatever a cell holds, an imported event is one the project file can hold.
    const valid = RecordEventSchema.safeParse(event);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      refuse('row-invalid', `${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    seen.set(id, { event, line });
    out.events.push(event);
  }
  return out;
}

/** An event as a row of the columns (the inverse of {@link readEventRows} for what the columns carry). */
export function eventToRow(fw: Framework, e: RecordEvent): string[] {
  const index = planIndex(fw);
  const first = e.activityIds.map((id) => index.byId.get(id)).find(Boolean);
  const componentNumber = first?.componentNumber ?? (e.componentId ? index.components.findIndex((c) => c.id === e.componentId) + 1 : 0);
  return [
    e.date,
    printPlace(e.place, 'en'),
    e.title.en.text,
    e.title.zh.text,
    componentNumber > 0 ? String(componentNumber) : '',
    first ? first.label : 'none',
    e.organisers.join('; '),
    e.participants === null ? '' : String(e.participants),
    e.reportedBy.join('; '),
  ];
}
