import { z } from 'zod';
import { CalendarDateSchema } from '../model/timestamp';
import type { Language } from '../model/bilingual';

/**
 * The export model: the document as a tree of layout-neutral blocks, built once from a framework
 * (./buildModel.ts) and rendered by each back end (docx, pdfmake). Renderers never look at the
 * framework: everything they print is here, already labelled, in the chosen languages and order.
 * A comparison report (redline) is the same model with `change` set on some runs.
 */

/** Layouts, by their command-line names. */
export const ExportLayoutSchema = z.enum(['en', 'zh', 'bilingual', 'side-by-side']);
export type ExportLayout = z.infer<typeof ExportLayoutSchema>;
export const EXPORT_LAYOUTS = ExportLayoutSchema.options;

export const PaperSchema = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof PaperSchema>;

export const ExportFormatSchema = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const EXPORT_FORMATS = ExportFormatSchema.options;

/** `draft` always exports and carries the DRAFT watermark; `final` is refused while errors remain. */
export const ExportStageSchema = z.enum(['draft', 'final']);
export type ExportStage = z.infer<typeof ExportStageSchema>;

export const ExportOptionsSchema = z.object({
  layout: ExportLayoutSchema,
  paper: PaperSchema.default('a4'),
  stage: ExportStageSchema.default('draft'),
  /** Date printed with the watermark (YYYY-MM-DD, a day that exists); the caller's today when absent. */
  date: CalendarDateSchema.optional(),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/** The languages a layout prints, in the order it prints them. */
export function layoutLanguages(layout: ExportLayout): Language[] {
  if (layout === 'en') return ['en'];
  if (layout === 'zh') return ['zh'];
  return ['en', 'zh'];
}

/** One stretch of text with one look. `lang` is the language of the field it came from. */
export interface Run {
  text: string;
  lang: Language;
  italic?: boolean;
  bold?: boolean;
  /** Printed in place of a missing translation (the other language's text): shown muted. */
  fallback?: boolean;
  /** For comparison reports: inserted (underlined) or deleted (struck through) text. */
  change?: 'ins' | 'del';
  /**
   * No line break inside this run (typesetting, ./typeset.ts): a CJK–hyphen–CJK compound
   * ("中国－东盟"), a year range ("2021-2025"), a number with its 年/月/日 or unit ("2023年").
   * A renderer keeps it on one line (pdfmake: one unwrappable word; Word: non-breaking hyphens,
   * U+2011 / w:noBreakHyphen, and no break opportunity between the number and its unit).
   */
  keep?: boolean;
}

export type ParagraphStyle =
  | 'body'
  | 'coverTitle'
  | 'coverSubtitle'
  | 'publisher'
  | 'tocTitle'
  | 'noteTitle'
  | 'note'
  | 'componentTitle'
  | 'cell'
  | 'cellHeader';

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = section, 2 = subsection, 3 = component heading inside a section. */
  level: 1 | 2 | 3;
  /** Printed number ("2.1", "1."), null for an unnumbered heading (the annex). */
  number: string | null;
  /** One line per printed language, in print order. */
  lines: Run[][];
  /** Listed on the contents page. */
  toc: boolean;
  /** Start on a new page. */
  pageBreakBefore?: boolean;
  /** Stable anchor (the element id). */
  anchor: string;
  /**
   * Always true: a heading stays on the page of the block after it (Word `keepNext`; the PDF moves
   * the heading to the next page) and is never split across pages (in side-by-side and bilingual
   * layouts its two language lines stay together).
   */
  keepWithNext: true;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Run[];
  lang: Language;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Stays on the page of the block after it (the notes title before its first note). */
  keepWithNext?: boolean;
}

export interface ListItemBlock {
  label: string;
  runs: Run[];
  lang: Language;
}

export interface ListBlock {
  kind: 'list';
  items: ListItemBlock[];
}

export interface TableCell {
  /** Paragraphs of the cell, in print order (bilingual cells hold both languages). */
  content: ParagraphBlock[];
  rowSpan?: number;
  colSpan?: number;
  /** Shaded (header rows, priority-area rows). */
  shade?: boolean;
  /**
   * For a merged cell (rowSpan > 1) that may cross a page: what it prints at the top of each later
   * page it continues on, in the document's words ("Component 2 (continued)" / "组成部分2（续）"),
   * one paragraph per printed language.
   */
  continued?: ParagraphBlock[];
}

/** A row's cells by grid column; `null` where a span from above or the left covers the column. */
export type TableRow = Array<TableCell | null>;

export interface TableBlock {
  kind: 'table';
  role: 'actionPlan' | 'annex' | 'generic';
  /** Relative column widths (any unit; renderers scale them to the text width). */
  widths: number[];
  /** Leading rows repeated at the top of every page. */
  headerRows: number;
  rows: TableRow[];
  /**
   * Indices of rows that stay on the page of the row after them: the annex's priority-area rows
   * ("Priority Area for: …") with their first entry. Any other row may break across pages (a row
   * taller than the space left is split; merged cells repeat their `continued` words).
   */
  keepWithNextRows: number[];
}

/** Side by side: each row is one block in two aligned columns (English left, Chinese right). */
export interface ParallelBlock {
  kind: 'parallel';
  rows: Array<{ left: Array<ParagraphBlock | ListBlock>; right: Array<ParagraphBlock | ListBlock> }>;
}

export interface TocBlock {
  kind: 'toc';
  /** Title lines (one per language), printed above the contents. */
  title: Run[][];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/**
 * A chart or other drawing, as SVG (the self-evaluation report's charts). `fallback` holds the
 * same figures as a table, for a renderer that cannot place SVG.
 */
export interface FigureBlock {
  kind: 'figure';
  svg: string;
  /** Size in points at which the drawing was laid out (renderers scale it to the text width). */
  width: number;
  height: number;
  /** One caption line per printed language. */
  caption: Run[][];
  fallback: TableBlock;
  /**
   * The drawing as Word takes it, made by the caller (a Node service): SVG naming the .docx's
   * fonts, with the PNG fallback every SVG picture in a .docx needs. Absent: Word gets the table.
   */
  wordImage?: { svg: string; png: Uint8Array };
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ParallelBlock | TocBlock | PageBreakBlock | FigureBlock;

/** A part of the document with its own page furniture. */
export interface DocumentPart {
  kind: 'cover' | 'contents' | 'body';
  blocks: Block[];
}

/** The file's document properties, in the layout's leading language. */
export interface DocumentProperties {
  title: string;
  subject: string;
  /** The publisher, in the layout's leading language. */
  author: string;
  /** BCP 47 tag of the layout's leading language ("en-GB", "zh-CN"): the PDF's /Lang, Word's dc:language. */
  language: string;
  keywords: string[];
}

export interface ExportDocument {
  layout: ExportLayout;
  languages: Language[];
  paper: Paper;
  /** Title for the file's properties (= properties.title). */
  title: string;
  properties: DocumentProperties;
  /** Running header (body pages), one run list per language. */
  header: Run[][];
  /** Watermark text ("DRAFT 2026-11-29"), null for a final export. */
  watermark: string | null;
  parts: DocumentPart[];
}
