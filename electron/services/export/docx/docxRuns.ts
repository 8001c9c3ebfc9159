import type { Run } from '../../../../shared/export/types';
import { textRunXml } from '../../ooxml/runs';
import { xmlEscape } from '../../ooxml/xmlText';

/**
 * Model runs as WordprocessingML runs. Word chooses a run's font by character class, so a run with
 * Chinese names its Latin fonts *and* its East Asian font (w:eastAsia) itself, whatever the
 * paragraph style says: Chinese never falls back to a face Word picks. Latin runs take the style's
 * fonts (smaller files). Inserted and deleted runs become real tracked changes.
 */

const FALLBACK_COLOR = '7A7A7A';
const CHANGE_AUTHOR = 'Comparison';

/**
 * State of one rendering. Tracked changes and bookmarks are annotations, whose ids must be unique
 * across all annotation kinds in a document (Word repairs a file where two share one).
 */
export class DocxContext {
  private annotationId = 0;
  /** `date`: ISO timestamp written on tracked changes. */
  constructor(readonly date: string) {}
  nextAnnotationId(): number {
    return ++this.annotationId;
  }
}

export interface RunLook {
  /** Heading: Chinese in SimHei rather than SimSun. */
  heading?: boolean;
  bold?: boolean;
  /** Size in points, where the paragraph style's size does not apply. */
  size?: number;
}

/** One model run as XML: a plain run, or one wrapped in <w:ins> / <w:del>. */
export function runXml(ctx: DocxContext, run: Run, look: RunLook = {}): string {
  const deleted = run.change === 'del';
  const r = textRunXml(
    run.text,
    {
      heading: look.heading,
      bold: run.bold || look.bold,
      // Chinese has no italics: an instrument title in Chinese is marked by its 《》 instead.
      italic: run.italic && run.lang !== 'zh',
      color: run.fallback ? FALLBACK_COLOR : undefined,
      size: look.size,
    },
    deleted,
  );
  if (!run.change) return r;
  const tag = deleted ? 'w:del' : 'w:ins';
  return `<${tag} w:id="${ctx.nextAnnotationId()}" w:author="${CHANGE_AUTHOR}" w:date="${xmlEscape(ctx.date)}">${r}</${tag}>`;
}

/** Several runs as XML. */
export function runsXml(ctx: DocxContext, runs: readonly Run[], look: RunLook = {}): string {
  let out = '';
  for (const run of runs) out += runXml(ctx, run, look);
  return out;
}
