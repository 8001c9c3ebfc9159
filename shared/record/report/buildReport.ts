import type { BiText, Language } from '../../model/bilingual';
import type { Framework } from '../../model/framework';
import { Emitter, textRuns } from '../../export/emit';
import { cell } from '../../export/tables';
import { layoutLanguages, type Block, type ExportDocument, type HeadingBlock, type Paper, type Run, type TableBlock, type TableRow } from '../../export/types';
import { DOCUMENT_WORDS, localizeLabel } from '../../export/vocabulary';
import { printEventDate } from '../eventDate';
import { effectiveStatuses, liveFunding } from '../merge';
import { ACTIVITY_STATUSES, FUNDING_SOURCES, type ImplementationRecord, type RecordEvent } from '../model';
import { printPlace } from '../place';
import { planIndex, type PlannedActivity } from '../planIndex';
import { recordFigures, type RecordFigures } from '../figures';
import { REPORT_WORDS, SOURCE_WORDS, STATUS_WORDS, fill, formatNumber } from './reportWords';
import { chartTable, type ReportChart } from './charts';

/**
 * The self-evaluation report (section 5.4) as an export model, so the .docx and PDF renderers
 * draw it like the framework: a summary with the figures and tables, then per component → action
 * → activity the planned schedule, the status per year, the events held, outputs and funding;
 * events linked to no activity; the gaps. With `year`, the one-year variant for the annual NFP
 * meeting (events of that year, its statuses and funding).
 */
export type ReportLayout = 'en' | 'zh' | 'bilingual';

export interface ReportOptions {
  layout: ReportLayout;
  year: number | null;
  paper?: Paper;
  /** ISO date printed on the cover. */
  date: string;
  /** Charts to include (SVG drawn by the caller: shared/ cannot run the chart library's renderer). */
  charts?: ReportChart[];
}

const w = (key: keyof typeof REPORT_WORDS, lang: Language, data: Record<string, string | number> = {}) => fill(REPORT_WORDS[key][lang], data);
const plain = (text: string, lang: Language, extra: Partial<Run> = {}): Run[] => (text ? [{ text, lang, ...extra }] : []);

export function buildSelfEvaluation(fw: Framework, record: ImplementationRecord, options: ReportOptions): ExportDocument {
  const languages = layoutLanguages(options.layout);
  const em = new Emitter(options.layout);
  const index = planIndex(fw);
  const figures = recordFigures(fw, record, options.year);
  const statuses = effectiveStatuses(record);
  const actsByAction = new Map<string, PlannedActivity[]>();
  for (const pa of index.activities) actsByAction.set(pa.action.id, [...(actsByAction.get(pa.action.id) ?? []), pa]);
  const period = options.year === null ? `${index.period.start}-${index.period.end}` : String(options.year);
  let h1 = 0;
  const heading = (level: HeadingBlock['level'], anchor: string, make: (lang: Language) => Run[], numbered = false): void => {
    em.push({
      kind: 'heading',
      level,
      anchor,
      toc: level < 3,
      keepWithNext: true,
      number: numbered ? `${++h1}.` : null,
      lines: em.perLanguage(make).map(({ runs }) => runs),
    });
  };
  const para = (make: (lang: Language) => Run[], style: 'body' | 'note' = 'body') => em.paragraph(style, make);
  /** `boldLabel`: the label in bold, as a run-in heading before the text. */
  const labelled = (label: string, field: BiText, boldLabel = false) => (lang: Language): Run[] => {
    const body = em.runs(field, lang);
    const l = body[0]?.lang ?? lang;
    return [{ text: `${localizeLabel(label, l)}${DOCUMENT_WORDS.labelSeparator[l]}`, lang: l, ...(boldLabel ? { bold: true } : {}) }, ...body];
  };
  const runIn = (label: string, lang: Language): Run => ({ text: `${localizeLabel(label, lang)}${DOCUMENT_WORDS.labelSeparator[lang]}`, lang, bold: true });
  const headerCell = (make: (lang: Language) => Run[]) => cell(em, (lang) => make(lang).map((r) => ({ ...r, bold: true })), { shade: true }, 'cellHeader');
  const wordCell = (key: keyof typeof REPORT_WORDS) => headerCell((lang) => plain(w(key, lang), lang));
  const numberCell = (n: number) => cell(em, (lang) => (lang === languages[0] ? plain(formatNumber(n, lang), lang) : []));
  const table = (widths: number[], rows: TableRow[]): TableBlock => ({ kind: 'table', role: 'generic', widths, headerRows: 1, rows, keepWithNextRows: [] });

  // 1. Summary
  heading(1, 'report-summary', (lang) => plain(w('summary', lang), lang), true);
  para((lang) => plain(w('summaryEvents', lang, { events: formatNumber(figures.totalEvents, lang), period, participants: formatNumber(figures.totalParticipants, lang), countries: figures.countries.length }), lang));
  const count = (...keys: Array<(typeof ACTIVITY_STATUSES)[number] | 'none'>) => keys.reduce((n, k) => n + (figures.activitiesByStatus.get(k) ?? 0), 0);
  para((lang) => plain(w('summaryStatus', lang, { activities: index.activities.length, completed: count('completed'), ongoing: count('ongoing', 'continuous'), delayed: count('delayed', 'not-started', 'cancelled'), none: count('none'), planned: count('planned') }), lang));
  em.push(eventsTable(em, fw, figures, { wordCell, headerCell, numberCell, table }));
  em.push(table([60, 20], [
    [wordCell('status'), wordCell('activities')],
    ...[...ACTIVITY_STATUSES, 'none' as const].map((s): TableRow => [
      cell(em, (lang) => plain(s === 'none' ? w('noRecord', lang) : STATUS_WORDS[s][lang], lang)),
      numberCell(figures.activitiesByStatus.get(s) ?? 0),
    ]),
  ]));
  const currencies = [...new Set([...figures.funding.values()].flatMap((m) => [...m.keys()]))].sort();
  em.push(table([50, 10, 20, 20], [
    [wordCell('source'), headerCell(() => []), wordCell('cash'), wordCell('inKind')],
    ...FUNDING_SOURCES.flatMap((s) => (currencies.length ? currencies : ['USD']).map((cur): TableRow => {
      const sum = figures.funding.get(s)!.get(cur) ?? { cash: 0, inKind: 0 };
      return [cell(em, (lang) => plain(SOURCE_WORDS[s][lang], lang)), cell(em, (lang) => (lang === languages[0] ? plain(cur, lang) : [])), numberCell(sum.cash), numberCell(sum.inKind)];
    })),
  ]));
  const estimate = fw.notes.items[0];
  if (estimate) para((lang) => [...plain(w('planEstimate', lang, { label: fw.notes.items[0].label ?? '[1]' }), lang, { italic: true }), ...em.runs(estimate.text, lang)]);
  for (const chart of options.charts ?? []) {
    em.push({ kind: 'figure', svg: chart.svg, width: chart.width, height: chart.height, caption: languages.map((l) => plain(chart.title[l], l)), fallback: chartTable(chart.rows, languages[0]), ...(chart.wordImage ? { wordImage: chart.wordImage } : {}) });
  }

  // 2. Per component: its events once, in date order and numbered; then per action → activity the
  // schedule, the status per year, and the events held by their numbers (each event is listed once).
  heading(1, 'report-components', (lang) => plain(w('byComponent', lang), lang), true);
  para((lang) => plain(w('howToRead', lang), lang, { italic: true }));
  // Each event's number in its component's list, and that component's label (an event carrying out
  // activities of two components is listed under the first; the other refers to it there).
  const componentLabels = new Map(index.activities.map((pa) => [pa.planComponent.id, pa.componentLabel]));
  const numbers = new Map<string, { n: number; componentId: string }>();
  for (const [componentId, events] of figures.eventsByComponent) events.forEach((e, i) => numbers.set(e.id, { n: i + 1, componentId }));
  const heldBy = eventsByActivity([...figures.eventsByComponent.values()].flat());
  for (const pc of index.components) {
    const componentLabel = componentLabels.get(pc.id) ?? '';
    heading(2, `report-${pc.id}`, labelled(componentLabel, pc.focus));
    componentEvents(figures.eventsByComponent.get(pc.id)!, true);
    for (const action of pc.actions) {
      const acts = actsByAction.get(action.id) ?? [];
      heading(3, `report-${action.id}`, labelled(acts[0]?.actionLabel ?? '', action.title));
      for (const pa of acts) activityBlock(pa, heldBy.get(pa.activity.id) ?? []);
    }
  }

  // 3. Events linked to no activity: those of a component by their numbers there; those in no
  // component (listed nowhere else) in full.
  heading(1, 'report-unlinked', (lang) => plain(w('unlinked', lang), lang), true);
  const linked = (e: RecordEvent) => e.activityIds.some((id) => index.byId.has(id));
  const unlinkedByComponent = index.components.map((pc) => ({ pc, events: figures.eventsByComponent.get(pc.id)!.filter((e) => !linked(e)) })).filter((x) => x.events.length);
  if (unlinkedByComponent.length === 0 && figures.eventsWithoutComponent.length === 0) para((lang) => plain(w('noEvents', lang), lang));
  for (const { pc, events } of unlinkedByComponent) {
    para((lang) => [runIn(componentLabels.get(pc.id) ?? '', lang), ...plain(w('eventNumbers', lang, { numbers: eventNumbers(events, lang, pc.id) }), lang)]);
  }
  if (figures.eventsWithoutComponent.length) {
    para((lang) => plain(w('noComponentEvents', lang), lang, { bold: true }));
    componentEvents(figures.eventsWithoutComponent, false);
  }

  // 4. Gaps
  heading(1, 'report-gaps', (lang) => plain(w('gaps', lang), lang), true);
  const gaps = index.activities.filter((pa) => !heldBy.has(pa.activity.id) && !hasStatus(pa));
  if (gaps.length === 0) para((lang) => plain(w('noGaps', lang), lang));
  // Per component, the activities by label (their text is in section 2, with "no event recorded").
  for (const pc of index.components) {
    const mine = gaps.filter((pa) => pa.planComponent.id === pc.id);
    if (mine.length) para((lang) => [runIn(componentLabels.get(pc.id) ?? '', lang), ...plain(mine.map((pa) => localizeLabel(pa.label, lang)).join(REPORT_WORDS.listSeparator[lang]), lang)]);
  }

  /** Events in date order, numbered, with the figures (and, under a component, the activities they carry out). */
  function componentEvents(events: RecordEvent[], withActivities: boolean): void {
    if (withActivities) para((lang) => plain(w('componentEvents', lang), lang, { bold: true }));
    if (events.length === 0) {
      para((lang) => plain(w('noEvents', lang), lang));
      return;
    }
    const first = languages[0];
    const head = [wordCell('number'), wordCell('date'), wordCell('place'), wordCell('event'), wordCell('participantsColumn')];
    em.push(table(withActivities ? [5, 14, 17, 34, 16, 14] : [5, 14, 17, 48, 16], [
      withActivities ? [...head, wordCell('activity')] : head,
      ...events.map((e, i): TableRow => {
        const row: TableRow = [
          cell(em, (lang) => (lang === first ? plain(String(i + 1), lang) : [])),
          cell(em, (lang) => plain(printEventDate(e.date, lang), lang)),
          cell(em, (lang) => plain(printPlace(e.place, lang), lang)),
          cell(em, (lang) => {
            const title = em.runs(e.title, lang);
            const l = title[0]?.lang ?? lang;
            const by = e.organisers.length ? w('organisers', l, { names: e.organisers.join(REPORT_WORDS.listSeparator[l]) }) : '';
            return by ? [...title, { text: l === 'zh' ? `（${by}）` : ` (${by})`, lang: l }] : title;
          }),
          e.participants === null ? cell(em, (lang) => (lang === first ? plain('—', lang) : [])) : numberCell(e.participants),
        ];
        if (withActivities) row.push(cell(em, (lang) => plain(e.activityIds.map((id) => index.byId.get(id)).filter((a): a is PlannedActivity => !!a).map((a) => localizeLabel(a.label, lang)).join(REPORT_WORDS.listSeparator[lang]) || '—', lang)));
        return row;
      }),
    ]));
  }

  function hasStatus(pa: PlannedActivity): boolean {
    const s = statuses.get(pa.activity.id);
    return !!s && [...s.keys()].some((y) => options.year === null || y === options.year);
  }

  /** The events' numbers in their component's list ("3, 17, 25" / "3、17、25"); one listed under another component than `here` names it. */
  function eventNumbers(events: readonly RecordEvent[], lang: Language, here: string): string {
    return events.map((e) => {
      const { n, componentId } = numbers.get(e.id)!;
      return componentId === here ? formatNumber(n, lang) : w('numberElsewhere', lang, { n: formatNumber(n, lang), component: localizeLabel(componentLabels.get(componentId) ?? '', lang) });
    }).join(REPORT_WORDS.listSeparator[lang]);
  }

  /**
   * One activity: its label and text, then one line of what happened: the schedule and the years
   * it plans, the status in each year planned or reported (* = planned), the events held by their
   * numbers in the component's list, their outputs, and the funding.
   */
  function activityBlock(pa: PlannedActivity, held: RecordEvent[]): void {
    para(labelled(pa.label, pa.activity.text, true), 'note');
    const byYear = statuses.get(pa.activity.id);
    const heldIds = new Set(held.map((e) => e.id));
    const funds = liveFunding(record).filter((f) => (f.activityId === pa.activity.id || (f.eventId !== null && heldIds.has(f.eventId))) && (options.year === null || f.year === options.year || (f.eventId !== null && heldIds.has(f.eventId))));
    const outputs = held.flatMap((e) => e.outputs);
    para((lang) => {
      const sched = em.runs(pa.activity.schedule.text, lang);
      const l = sched[0]?.lang ?? lang;
      const inPeriod = yearRuns(pa.plannedYears, l);
      const reading = pa.reading.status !== 'ok' ? w('unreadable', l) : inPeriod ? w('plannedYears', l, { years: inPeriod }) : w('noPlannedYear', l);
      const years = figures.years.filter((y) => pa.plannedYears.includes(y) || byYear?.has(y));
      const status = !years.some((y) => byYear?.has(y)) ? w('noRecord', lang) : years.map((y) => {
        const s = byYear?.get(y);
        return `${y}${pa.plannedYears.includes(y) ? '*' : ''}: ${s ? STATUS_WORDS[s.status][lang] + (s.note ? ` (${s.note})` : '') : '—'}`;
      }).join(REPORT_WORDS.separator[lang]);
      const label = (key: keyof typeof REPORT_WORDS) => ({ text: `${w(key, lang)}${DOCUMENT_WORDS.labelSeparator[lang]}`, lang, bold: true });
      const gap = { text: lang === 'zh' ? '。' : '. ', lang };
      const runs: Run[] = [label('schedule'), ...sched, { text: l === 'zh' ? `（${reading}）` : ` (${reading})`, lang: l }, gap];
      runs.push(label('statusPerYear'), { text: status, lang }, gap);
      runs.push(label('eventsHeld'), { text: held.length ? w('eventNumbers', lang, { numbers: eventNumbers(held, lang, pa.planComponent.id) }) : w('noEvents', lang).replace(/[.。]$/, ''), lang });
      if (outputs.length) runs.push(gap, label('outputs'), { text: outputs.join(REPORT_WORDS.separator[lang]), lang });
      if (funds.length) runs.push(gap, label('funding'), { text: funds.map((f) => `${SOURCE_WORDS[f.source][lang]}${f.contributor ? ` (${f.contributor})` : ''}: ${f.currency} ${formatNumber(f.amount, lang)}${f.inKind ? ` ${REPORT_WORDS.inKind[lang]}` : ''}`).join(REPORT_WORDS.separator[lang]), lang });
      runs.push({ text: lang === 'zh' ? '。' : '.', lang });
      return runs;
    }, 'note');
  }

  const title = (lang: Language) => {
    const head = options.year === null ? w('title', lang) : w('annualTitle', lang, { year: options.year });
    return `${head}${lang === 'en' ? ' ' : ''}${fw.metadata.title[lang].text || fw.metadata.title.en.text}`;
  };
  const cover: Block[] = [];
  for (const lang of languages) cover.push({ kind: 'paragraph', style: 'coverTitle', runs: textRuns(title(lang), lang), lang, align: 'center' });
  for (const lang of languages) cover.push({ kind: 'paragraph', style: 'coverSubtitle', runs: plain(`${w('subtitle', lang)} · ${options.date}`, lang), lang, align: 'center' });
  return {
    layout: options.layout,
    languages,
    paper: options.paper ?? 'a4',
    title: title(languages[0]),
    properties: {
      title: title(languages[0]),
      subject: w('subtitle', languages[0]),
      author: fw.metadata.publisher.name[languages[0]].text || fw.metadata.publisher.name.en.text,
      language: languages[0] === 'zh' ? 'zh-CN' : 'en-GB',
      keywords: [fw.metadata.edition, options.year === null ? 'self-evaluation' : `annual ${options.year}`],
    },
    header: languages.map((lang) => plain(options.year === null ? w('title', lang).replace(/ of the$|：$/, '') : w('annualTitle', lang, { year: options.year }).replace(/ on the Implementation of the$|：$/, ''), lang)),
    watermark: null,
    parts: [
      { kind: 'cover', blocks: cover },
      { kind: 'contents', blocks: [{ kind: 'toc', title: languages.map((lang) => plain(lang === 'zh' ? '目录' : 'Contents', lang)) }] },
      { kind: 'body', blocks: em.blocks },
    ],
  };
}

/** Years as runs: "2021-2023, 2025" (en) / "2021-2023、2025" (zh); empty for none. */
function yearRuns(years: readonly number[], lang: Language): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j > i ? `${years[i]}-${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return runs.join(REPORT_WORDS.listSeparator[lang]);
}

/** Each activity's events (an event implementing two activities is held by both), in date order. */
function eventsByActivity(events: readonly RecordEvent[]): Map<string, RecordEvent[]> {
  const out = new Map<string, RecordEvent[]>();
  for (const e of events) for (const id of new Set(e.activityIds)) out.set(id, [...(out.get(id) ?? []), e]);
  return out;
}

type Helpers = {
  wordCell: (key: keyof typeof REPORT_WORDS) => ReturnType<typeof cell>;
  headerCell: (make: (lang: Language) => Run[]) => ReturnType<typeof cell>;
  numberCell: (n: number) => ReturnType<typeof cell>;
  table: (widths: number[], rows: TableRow[]) => TableBlock;
};

/** Events per component (rows) and year (columns), with totals. */
function eventsTable(em: Emitter, fw: Framework, figures: RecordFigures, h: Helpers): TableBlock {
  const index = planIndex(fw);
  const first = em.languages[0];
  const header: TableRow = [h.wordCell('component'), ...figures.years.map((y) => h.headerCell((lang) => (lang === first ? plain(String(y), lang) : []))), h.wordCell('total')];
  const rows: TableRow[] = [header];
  const keys = [...index.components.map((c) => c.id), ...(figures.perComponentYear.has('') ? [''] : [])];
  for (const key of keys) {
    const counts = figures.perComponentYear.get(key) ?? new Map<number, number>();
    const label = index.activities.find((a) => a.planComponent.id === key)?.componentLabel ?? `Component ${index.components.findIndex((c) => c.id === key) + 1}`;
    rows.push([
      cell(em, (lang) => plain(key ? localizeLabel(label, lang) : REPORT_WORDS.none[lang], lang)),
      ...figures.years.map((y) => h.numberCell(counts.get(y) ?? 0)),
      h.numberCell([...counts.values()].reduce((a, b) => a + b, 0)),
    ]);
  }
  return h.table([30, ...figures.years.map(() => 10), 12], rows);
}
