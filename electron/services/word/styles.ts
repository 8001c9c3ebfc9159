import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { RUN_LANGUAGE, fontsFor } from './fonts';

/**
 * The styles of every .docx the app writes: shared defaults (10.5 pt, Times New Roman / SimSun,
 * English and Chinese tagged, widow and orphan control) and the paragraph styles a document names.
 * A style that can hold Chinese headings names SimHei. Headings carry outline levels: Word and
 * LibreOffice build a contents and the navigation pane from them (without, LibreOffice
 * regenerates an empty table of contents), and keep with the next paragraph.
 */

/** Twentieths of a point (twips), as spacing wants them. */
export const twips = (pt: number) => Math.round(pt * 20);

export interface StyleSpec {
  id: string;
  name: string;
  size: number;
  bold?: boolean;
  /** Space after (and before) in points. */
  after: number;
  before?: number;
  /** Heading: outline level 0-based; keeps with the next paragraph and its own lines together. */
  outline?: number;
  /** Twips. */
  indent?: { left: number; hanging?: number };
  /** Fonts named on the style itself: 'heading' puts Chinese in SimHei. */
  fonts?: 'body' | 'heading';
  next?: string;
}

function paragraphStyle(s: StyleSpec): IParagraphStyleOptions {
  const heading = s.outline !== undefined;
  return {
    id: s.id,
    name: s.name,
    basedOn: 'Normal',
    ...(s.next ? { next: s.next } : {}),
    quickFormat: heading,
    ...(heading ? { uiPriority: 9 } : {}),
    paragraph: {
      ...(heading ? { keepNext: true, keepLines: true, outlineLevel: s.outline } : {}),
      spacing: { ...(s.before !== undefined ? { before: twips(s.before) } : {}), after: twips(s.after) },
      ...(s.indent ? { indent: s.indent } : {}),
    },
    run: {
      ...(s.fonts ? { font: fontsFor(s.fonts === 'heading') } : {}),
      ...(s.bold ? { bold: true, boldComplexScript: true } : {}),
      size: Math.round(s.size * 2),
      sizeComplexScript: Math.round(s.size * 2),
    },
  };
}

/** The styles option of a Document: the shared defaults and `specs`. */
export function documentStyles(specs: readonly StyleSpec[]): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fontsFor(false), size: 21, sizeComplexScript: 21, language: RUN_LANGUAGE },
        // Line spacing 1.15 lines with its rule written out: LibreOffice takes a missing rule as an
        // exact height, and a 22 pt cover title then prints its two lines over each other.
        // Widow and orphan control is patched into these defaults (pack.ts): the library has no option for it here.
        paragraph: { spacing: { line: 276, lineRule: 'auto' } },
      },
    },
    paragraphStyles: specs.map(paragraphStyle),
  };
}
