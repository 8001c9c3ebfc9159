import { bookmarkUniqueNumericId, type ParagraphChild } from 'docx';
import type { Run } from '../../../../shared/export/types';
import { textRuns, type TrackedChange } from '../../word/runs';

/**
 * Model runs as `docx` runs (fonts per script: ../../word/runs.ts). Inserted and deleted runs
 * become real tracked changes. The model has typeset the text (shared/export/typeset.ts: upright
 * Chinese, no space beside full-width punctuation, `keep` runs); here a `keep` run's hyphens become
 * Word's non-breaking hyphens, and Chinese is never set italic whatever a run says.
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

/** Several model runs as `docx` runs. */
export function modelRuns(ctx: DocxContext, runs: readonly Run[], look: RunLook = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    const text = run.text;
    if (!text) continue;
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
          keep: run.keep,
        },
        change,
      ),
    );
  }
  return out;
}
