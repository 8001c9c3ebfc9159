import type { IStylesOptions } from 'docx';
import { documentStyles, type StyleSpec } from '../../word/styles';

/**
 * The export's paragraph styles, on the shared defaults and font policy (../../word/styles.ts):
 * the styles the export model names. Headings name SimHei for Chinese, carry outline levels (the
 * contents is built from them) and keep with what follows.
 */

const SPECS: StyleSpec[] = [
  { id: 'Heading1', name: 'heading 1', size: 14, bold: true, before: 16, after: 8, outline: 0, fonts: 'heading', next: 'Normal' },
  { id: 'Heading2', name: 'heading 2', size: 12, bold: true, before: 12, after: 6, outline: 1, fonts: 'heading', next: 'Normal' },
  { id: 'Heading3', name: 'heading 3', size: 11, bold: true, before: 10, after: 5, outline: 2, fonts: 'heading', next: 'Normal' },
  { id: 'body', name: 'body', size: 10.5, after: 7 },
  { id: 'listItem', name: 'listItem', size: 10.5, after: 5, indent: { left: 600, hanging: 600 } },
  { id: 'coverTitle', name: 'coverTitle', size: 22, bold: true, after: 24 },
  { id: 'coverSubtitle', name: 'coverSubtitle', size: 14, after: 8 },
  { id: 'publisher', name: 'publisher', size: 10, after: 4 },
  { id: 'tocTitle', name: 'tocTitle', size: 16, bold: true, after: 18 },
  { id: 'noteTitle', name: 'noteTitle', size: 9.5, bold: true, before: 10, after: 4 },
  { id: 'note', name: 'note', size: 9.5, after: 4 },
  { id: 'cell', name: 'cell', size: 9, after: 2 },
  { id: 'cellHeader', name: 'cellHeader', size: 9.5, bold: true, after: 1 },
  { id: 'componentTitle', name: 'componentTitle', size: 10.5, bold: true, after: 5 },
  { id: 'headerText', name: 'header text', size: 8, after: 0 },
  { id: 'footerText', name: 'footer text', size: 9, after: 0 },
  // The contents entries name the East Asian font through these styles.
  { id: 'TOC1', name: 'toc 1', size: 10.5, bold: true, before: 5, after: 1, indent: { left: 0 }, fonts: 'body', next: 'Normal' },
  { id: 'TOC2', name: 'toc 2', size: 10.5, before: 1, after: 1, indent: { left: 320 }, fonts: 'body', next: 'Normal' },
  { id: 'TOC3', name: 'toc 3', size: 10.5, before: 1, after: 1, indent: { left: 640 }, fonts: 'body', next: 'Normal' },
];

/** The styles option of the export's Document. */
export function exportStyles(): IStylesOptions {
  return documentStyles(SPECS);
}
