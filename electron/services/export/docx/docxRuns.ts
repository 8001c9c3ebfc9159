import { bookmarkUniqueNumericId, type ParagraphChild } from 'docx';
import type { Run } from '../../../../shared/export/types';
import { chineseSpacing } from '../../../../shared/text/typesetting';
import { textRuns, type TrackedChange } from '../../word/runs';

/**
 * Model runs as `docx` runs (fonts per script: ../../word/runs.ts). Inserted and deleted runs
 * become real tracked changes. The Word renderer's share of print typesetting: year ranges and
 * Chinese compounds do not break at their hyphen, Chinese is never italic (an instrument title is
 * marked by its 《》, digits included) and prints no space after full-width punctuation.
 */

const FALLBACK_COLOR = '7A7A7A';
const CHANGE_AUTHOR = 'Comparison';

/**
 * State of one rendering. Tracked changes and bookmarks are annotations, whose ids must be unique
 * across all annotation kinds in a document (Word repairs a file where two share one): they all
 * take the library's own counter, the one its bookmarks take.
 */
export class DocxContext {
  /** `date`: ISO timestamp written on tracked changes. */
  constructor(readonly date: string) {}
  readonly nextAnnotationId = (): number => bookmarkUniqueNumericId();
}

export interface RunLook {
  /** Heading: Chinese in SimHei rather than SimSun. */
  heading?: boolean;
  bold?: boolean;
  /** Size in points, where the paragraph style's size does not apply. */
  size?: number;
}

const FULL_WIDTH_END = /[，。：；！？、）》」』】]$/u;

/** Several model runs as `docx` runs. */
export function modelRuns(ctx: DocxContext, runs: readonly Run[], look: RunLook = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let previous = '';
  for (const run of runs) {
    let text = run.text;
    if (run.lang === 'zh') {
      text = chineseSpacing(text);
      // The space after a full-width colon may sit at the start of the next run (label, then the field).
      if (FULL_WIDTH_END.test(previous)) text = text.replace(/^[ \u3000]+/u, '');
    }
    if (!text) continue;
    previous = text;
    const change: TrackedChange | undefined = run.change ? { kind: run.change, author: CHANGE_AUTHOR, date: ctx.date, nextId: ctx.nextAnnotationId } : undefined;
    out.push(
      ...textRuns(
        text,
        {
          heading: look.heading,
          bold: run.bold || look.bold,
          italic: run.italic && run.lang !== 'zh',
          color: run.fallback ? FALLBACK_COLOR : undefined,
          size: look.size,
          typeset: true,
        },
        change,
      ),
    );
  }
  return out;
}
