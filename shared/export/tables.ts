import type { BiText, Language } from '../model/bilingual';
import type { Framework } from '../model/framework';
import { decoration, type Emitter } from './emit';
import type { ParagraphBlock, Run, TableBlock, TableCell, TableRow } from './types';
import { DOCUMENT_WORDS, localizeLabel } from './vocabulary';

type Labels = (id: string) => string;

/**
 * A table cell's paragraphs: one per printed language (bilingual layouts put both languages in
 * each cell, English first), built from `make(lang)`.
 */
export function cell(em: Emitter, make: (lang: Language) => Run[], extra: Partial<TableCell> = {}, style: ParagraphBlock['style'] = 'cell'): TableCell {
  const content = em.perLanguage(make).map(({ lang, runs }): ParagraphBlock => ({ kind: 'paragraph', style, runs, lang }));
  return { content, ...extra };
}

/**
 * What a merged cell prints at the top of a later page: its label and "(continued)" in the
 * document's words ("Component 2 (continued)", "组成部分2（续）"), in the languages its own text is in.
 */
function continued(em: Emitter, id: string, labels: Labels, field: BiText): ParagraphBlock[] {
  return em.perLanguage((lang) => {
    const body = em.runs(field, lang);
    if (!body.length) return [];
    const runLang = body[0].lang;
    return [decoration(`${localizeLabel(labels(id), runLang)}${DOCUMENT_WORDS.continued[runLang]}`, body)];
  }).map(({ lang, runs }): ParagraphBlock => ({ kind: 'paragraph', style: 'cell', runs, lang }));
}

function labelled(em: Emitter, id: string, labels: Labels, field: BiText): (lang: Language) => Run[] {
  return (lang) => {
    const body = em.runs(field, lang);
    if (!body.length) return [];
    const runLang = body[0].lang;
    return [decoration(`${localizeLabel(labels(id), runLang)}${DOCUMENT_WORDS.labelSeparator[runLang]}`, body), ...body];
  };
}

/**
 * The action plan: Focus | Action | Activity | Schedule, one row per activity; the component's
 * focus cell spans all its activities and each action cell spans its own, as published. The
 * header row repeats on every page.
 */
export function actionPlanTable(em: Emitter, fw: Framework, labels: Labels): TableBlock {
  const cols = fw.actionPlan.columns;
  const header: TableRow = [cols.focus, cols.action, cols.activity, cols.schedule].map((c) =>
    cell(em, (lang) => em.runs(c, lang, { bold: true }), { shade: true }, 'cellHeader'),
  );
  const rows: TableRow[] = [header];
  for (const pc of fw.actionPlan.components) {
    const span = pc.actions.reduce((n, a) => n + Math.max(1, a.activities.length), 0);
    const focusCell = () => cell(em, labelled(em, pc.id, labels, pc.focus), span > 1 ? { rowSpan: span, continued: continued(em, pc.id, labels, pc.focus) } : {});
    let first = true;
    for (const action of pc.actions) {
      action.activities.forEach((activity, k) => {
        const row: TableRow = [null, null, null, null];
        if (first) row[0] = focusCell();
        if (k === 0) row[1] = cell(em, labelled(em, action.id, labels, action.title), action.activities.length > 1 ? { rowSpan: action.activities.length, continued: continued(em, action.id, labels, action.title) } : {});
        row[2] = cell(em, labelled(em, activity.id, labels, activity.text));
        row[3] = cell(em, (lang) => em.runs(activity.schedule.text, lang));
        rows.push(row);
        first = false;
      });
      if (action.activities.length === 0) {
        rows.push([first ? focusCell() : null, cell(em, labelled(em, action.id, labels, action.title)), cell(em, () => []), cell(em, () => [])]);
        first = false;
      }
    }
  }
  return { kind: 'table', role: 'actionPlan', widths: [22, 22, 40, 16], headerRows: 1, rows: fixSpans(rows), keepWithNextRows: [] };
}

/**
 * A span must never claim rows that have a cell of their own in its column (an action without
 * activities, or an empty component): shorten it to the rows it really covers.
 */
function fixSpans(rows: TableRow[]): TableRow[] {
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < rows.length; r++) {
      const cellAt = rows[r][c];
      if (!cellAt?.rowSpan) continue;
      let covered = 1;
      while (covered < cellAt.rowSpan && r + covered < rows.length && rows[r + covered][c] === null) covered++;
      if (covered > 1) cellAt.rowSpan = covered;
      else {
        delete cellAt.rowSpan;
        delete cellAt.continued;
      }
    }
  }
  return rows;
}

/** The annex table: No. | Time and Place | Themes and Activities, a full-width row per priority area. */
export function annexTable(em: Emitter, fw: Framework, labels: Labels): TableBlock {
  const ax = fw.annex;
  const header: TableRow = [ax.columns.number, ax.columns.timePlace, ax.columns.text].map((c) =>
    cell(em, (lang) => em.runs(c, lang, { bold: true }), { shade: true }, 'cellHeader'),
  );
  const rows: TableRow[] = [header];
  const keepWithNextRows: number[] = [];
  for (const area of ax.areas) {
    // A priority area's row never ends a page: it stays with its first entry.
    if (area.entries.length) keepWithNextRows.push(rows.length);
    rows.push([cell(em, (lang) => em.runs(area.heading, lang, { bold: true }), { colSpan: 3, shade: true }), null, null]);
    for (const e of area.entries) {
      const timePlace = (lang: Language): Run[] => {
        const time = em.runs(e.time, lang);
        const place = em.runs(e.place, lang);
        if (!place.length) return time;
        const sep = place[0].lang === 'zh' ? '，' : ', ';
        return [...time, decoration(sep, place), ...place];
      };
      // The number is the same in both languages: print it once.
      rows.push([cell(em, (lang) => (lang === em.languages[0] ? [{ text: labels(e.id), lang }] : [])), cell(em, timePlace), cell(em, (lang) => em.runs(e.text, lang))]);
    }
  }
  return { kind: 'table', role: 'annex', widths: [8, 24, 68], headerRows: 1, rows, keepWithNextRows };
}
