import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Project } from '../../../shared/model/project';
import { sha256Bytes } from '../../../shared/review/sha256';
import type { Refusal } from '../../../shared/review/refusal';
import { decodeJsonBytes, decodeTextBytes } from '../strictJsonFile';
import type { ImportEntry, StatusEntry } from '../../../shared/record/model';
import { importIntoRecord, readProgressPacket, PROGRESS_PACKET_KIND, type ImportOutcome } from '../../../shared/record/progressReport';
import { readEventRows, type RefusedRow } from '../../../shared/record/rows';
import { ProblemError } from '../../../shared/ipc/problem';
import { readStatusSheet, TEMPLATE_KIND, ABOUT_SHEET, EVENTS_SHEET, ACTIVITIES_SHEET } from './progressTemplate';
import { sheetRows } from './spreadsheet';
import { DocxRefusalError } from '../review/docxRead/docxRefusal';
import { openDocxZip } from '../review/docxRead/safeZip';

/**
 * Reading a progress report (CSV, spreadsheet or app packet) and merging it into a project's
 * record. Unreadable files are refused as a whole with a reason; unreadable rows are listed with
 * their line and reason and the rest is imported.
 */

export type ProgressFileKind = ImportEntry['kind'];

/** Why a progress file is refused as a whole (the words are under `record.fileProblem` in the locales). */
export type ProgressFileReason = 'unreadable' | 'unknown-type' | 'columns-missing' | 'no-events-sheet' | Refusal['code'];

/** A file refused as a whole: `progress-refused` with the reason's code and what it is about. */
export function progressFileError(reason: ProgressFileReason, file: string, detail = ''): ProblemError {
  return new ProblemError('progress-refused', { reason, detail }, { file });
}

/** The reason of a refused progress file, or null for any other failure. */
export function progressRefusal(e: unknown): { reason: ProgressFileReason; detail: string; file: string } | null {
  if (!(e instanceof ProblemError) || e.code !== 'progress-refused') return null;
  return { reason: String(e.data.reason) as ProgressFileReason, detail: String(e.data.detail ?? ''), file: e.file ?? '' };
}

export interface ProgressImportResult {
  project: Project;
  kind: ProgressFileKind;
  outcome: ImportOutcome;
  /** Rows in the file (events). */
  rows: number;
  refused: RefusedRow[];
  repeated: Array<{ line: number; sameAs: number }>;
}

export function kindOfFile(file: string, bytes: Uint8Array): ProgressFileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'xlsx';
  if (ext === '.json') return 'packet';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  const head = new TextDecoder().decode(bytes.slice(0, 200));
  return head.includes(PROGRESS_PACKET_KIND) ? 'packet' : 'csv';
}

/** CSV text by the one decoding rule (strict UTF-8, BOM dropped); a bad byte is refused with its offset. */
function decodeUtf8(file: string, bytes: Uint8Array): string {
  const text = decodeTextBytes(bytes);
  if (!text.ok) throw progressFileError('bad-encoding', file, `first bad byte at offset ${text.offset}`);
  return text.text;
}

/**
 * A workbook's XML parts by the one decoding rule, before ExcelJS sees them: ExcelJS decodes
 * loosely (a 0xFF in xl/sharedStrings.xml would become U+FFFD and be imported), so every .xml and
 * .rels part is read through the safe zip reader of the .docx import (sizes, ratio and CRC-32
 * checked, inflating capped) and must be strict UTF-8; the first bad byte is named by part and offset.
 */
async function checkWorkbookParts(file: string, bytes: Uint8Array): Promise<void> {
  try {
    const zip = await openDocxZip(bytes);
    for (const part of zip.parts()) {
      if (!/\.(xml|rels)$/i.test(part)) continue;
      const text = decodeTextBytes(zip.bytes(part)!);
      if (!text.ok) throw progressFileError('bad-encoding', file, `${part}: first bad byte at offset ${text.offset}`);
    }
  } catch (e) {
    if (e instanceof DocxRefusalError) throw progressFileError('unreadable', file, `not a spreadsheet: ${e.message}`);
    throw e;
  }
}

/** Reads the file and merges it into `project.record`. Pure apart from reading the file. */
export async function importProgressFile(project: Project, file: string): Promise<ProgressImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw progressFileError('unreadable', file, (e as Error).message);
  }
  return importProgressBytes(project, file, bytes);
}

export async function importProgressBytes(project: Project, file: string, bytes: Uint8Array): Promise<ProgressImportResult> {
  const kind = kindOfFile(file, bytes);
  const name = path.basename(file);
  const hash = sha256Bytes(bytes);
  const fw = project.framework;
  if (kind === 'packet') {
    const read = readProgressPacket(decodeJsonBytes(bytes), fw.id);
    if (!read.ok) throw progressFileError(read.code, file, read.details?.map((d) => `${d.path}: ${d.message}`).join('; ') ?? (read.found ? `${read.expected ?? ''} ≠ ${read.found}` : read.offset !== undefined ? `offset ${read.offset}` : (read.detail ?? '')));
    const p = read.packet;
    const entry: ImportEntry = { hash: p.hash, kind, name, reporter: p.reporter, country: p.country, rows: p.events.length, refused: 0 };
    const outcome = importIntoRecord(project.record, p, entry);
    return { project: { ...project, record: outcome.record }, kind, outcome, rows: p.events.length, refused: [], repeated: [] };
  }
  let rows: string[][];
  let statuses: StatusEntry[] = [];
  let country: string | null = null;
  if (kind === 'xlsx') {
    await checkWorkbookParts(file, bytes);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw progressFileError('unreadable', file, `not a spreadsheet: ${(e as Error).message}`);
    }
    const about = wb.getWorksheet(ABOUT_SHEET);
    if (about) {
      const [kindCell, frameworkId, code] = [2, 3, 4].map((r) => String(about.getRow(r).getCell(2).value ?? ''));
      if (kindCell === TEMPLATE_KIND && frameworkId !== fw.id) throw progressFileError('other-framework', file, `${fw.id} ≠ ${frameworkId}`);
      if (/^[A-Z]{2}$/.test(code)) country = code;
    }
    const events = wb.getWorksheet(EVENTS_SHEET) ?? wb.worksheets.find((s) => sheetRows(s)[0]?.some((c) => c.toLowerCase() === 'title_en'));
    if (!events) throw progressFileError('no-events-sheet', file);
    rows = sheetRows(events, (h) => h === 'date');
    const activities = wb.getWorksheet(ACTIVITIES_SHEET);
    if (activities) statuses = readStatusSheet(fw, sheetRows(activities), country ?? name);
  } else {
    const parsed = Papa.parse<string[]>(decodeUtf8(file, bytes), { skipEmptyLines: false });
    rows = parsed.data.map((r) => (Array.isArray(r) ? r : []));
    while (rows.length && rows[rows.length - 1].every((c) => !c.trim())) rows.pop();
  }
  let read;
  try {
    read = readEventRows(fw, rows, { reporter: country ?? name, country });
  } catch (e) {
    if (e instanceof ProblemError && e.code === 'missing-columns') throw progressFileError('columns-missing', file, String(e.data.columns));
    throw e;
  }
  const dataRows = rows.slice(1).filter((r) => r.some((c) => c.trim())).length;
  const entry: ImportEntry = { hash, kind, name, reporter: country ?? name, country, rows: dataRows, refused: read.refused.length };
  const outcome = importIntoRecord(project.record, { events: read.events, statuses }, entry);
  return { project: { ...project, record: outcome.record }, kind, outcome, rows: dataRows, refused: read.refused, repeated: read.repeated };
}
