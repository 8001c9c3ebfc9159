import { bookmarkUniqueNumericId, type ParagraphChild } from 'docx';
import type { Run } from '../../../../shared/export/types';
import { hasCjk } from '../../../../shared/export/script';
import { spanRuns, type TextSpan, type TrackedChange } from '../../word/runs';

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

/** What makes two model runs look different in Word: a run of the one cannot carry the other's text. */
function lookKey(run: Run, look: RunLook): string {
  return [run.bold || look.bold ? 'b' : '', run.italic && run.lang !== 'zh' ? 'i' : '', run.fallback ? 'f' : '', run.change ?? '', hasCjk(run.text) ? 'zh' : ''].join('|');
}

/**
 * Several model runs as `docx` runs. Neighbours that look the same share runs (a `keep` run such as
 * 中国－东盟 inside a sentence only changes how its hyphens are written): half the runs of the
 * bilingual edition, and the library's time is per element.
 */
export function modelRuns(ctx: DocxContext, runs: readonly Run[], look: RunLook = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let group: Run[] = [];
  let key = '';
  const flush = () => {
    if (!group.length) return;
    const first = group[0];
    const change: TrackedChange | undefined = first.change ? { kind: first.change, author: CHANGE_AUTHOR, date: ctx.date, nextId: ctx.nextAnnotationId } : undefined;
    const spans: TextSpan[] = group.map((r) => ({ text: r.text, keep: r.keep }));
    out.push(
      ...spanRuns(
        spans,
        {
          heading: look.heading,
          bold: first.bold || look.bold,
          italic: first.italic && first.lang !== 'zh',
          color: first.fallback ? FALLBACK_COLOR : undefined,
          size: look.size,
        },
        change,
      ),
    );
    group = [];
  };
  for (const run of runs) {
    if (!run.text) continue;
    const k = lookKey(run, look);
    if (k !== key) flush();
    key = k;
    group.push(run);
  }
  flush();
  return out;
}
