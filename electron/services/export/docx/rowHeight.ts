import type { TableRow } from '../../../../shared/export/types';

/**
 * Whether a table row is short enough to be kept whole on one page. Word lays out pages when it
 * opens the file, so the renderer cannot know where a page ends; it can only say which rows may
 * break. A short row that breaks leaves a line or two on each page; a tall row kept whole leaves
 * a fifth of a page empty (the 2021-2025 edition's action plan did, with every row unbreakable).
 * So rows of up to MAX_UNBROKEN_LINES estimated lines are kept whole, taller ones may break.
 *
 * The estimate: 9 pt cell text, a Chinese character a full em wide, a Latin one about half;
 * cells merged over several rows are left out (their text spreads over the rows they cover).
 */

const MAX_UNBROKEN_LINES = 6;
/** Twips per character at 9 pt: Chinese full-width, Latin about half an em. */
const CJK_CHAR = 180;
const LATIN_CHAR = 92;
/** The cell's left and right margins (Word's default 108 twips each). */
const CELL_MARGINS = 216;

/** Han and full-width characters (a regular expression counts them far faster than a loop). */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

function lines(text: string, width: number): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const twips = wide * CJK_CHAR + (text.length - wide) * LATIN_CHAR;
  return Math.max(1, Math.ceil(twips / Math.max(1, width - CELL_MARGINS)));
}

/** The estimated height of a row in lines: its tallest cell of its own (not merged down). */
export function estimatedRowLines(row: TableRow, columnTwips: readonly number[]): number {
  let tallest = 1;
  row.forEach((cell, c) => {
    if (!cell || (cell.rowSpan ?? 1) > 1) return;
    const width = columnTwips.slice(c, c + (cell.colSpan ?? 1)).reduce((a, b) => a + b, 0);
    const n = cell.content.reduce((sum, p) => sum + lines(p.runs.map((r) => r.text).join(''), width), 0);
    tallest = Math.max(tallest, n);
  });
  return tallest;
}

/** True when the row is kept whole on one page. */
export function rowMayNotSplit(row: TableRow, columnTwips: readonly number[]): boolean {
  return estimatedRowLines(row, columnTwips) <= MAX_UNBROKEN_LINES;
}
