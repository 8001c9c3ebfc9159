import type { ParagraphChild } from 'docx';
import type { Language } from '../../../shared/model/bilingual';
import { visibleText } from '../../../shared/text/inline';
import { textRuns, type TextLook, type TrackedChange } from '../word/runs';

/**
 * A field's stored text as `docx` runs, with marks (comment range starts and ends, bookmarks,
 * inserted text) placed at offsets of the stored text. The stored text carries inline markup
 * (`*emphasis*`, `\*`; see shared/text/inline.ts) that Word must not show, and an anchor's offsets
 * count the markup, so the text is read character by character with the raw offset of each
 * visible one; a mark goes before the first visible character at or after its offset. Emphasis
 * becomes italics in English; Chinese has no italics (an instrument title is marked by its 《》),
 * as in the export.
 *
 * Tracked changes on exact words: the characters of a `deleted` span (raw offsets) are written as
 * a tracked deletion, and an insertion is a mark whose children are `textRuns(words, look,
 * { kind: 'ins', ... })` at the span's end — a suggestion { quote → replacement } is one of each.
 */

/** Something to write between runs, before the text from raw offset `at` on. */
export interface Mark {
  at: number;
  children: ParagraphChild[];
}

/** Stored text from raw offset `from` to `to` (exclusive), written as a tracked deletion. */
export interface DeletedSpan {
  from: number;
  to: number;
  change: TrackedChange;
}

/** Runs of `text` (language `lang`) with `marks` in place; marks at one place keep their order. */
export function fieldRuns(text: string, lang: Language, marks: readonly Mark[] = [], look: TextLook = {}, deleted: readonly DeletedSpan[] = []): ParagraphChild[] {
  const v = visibleText(text);
  const n = v.chars.length;
  const firstAtOrAfter = (at: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.raw[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const placed = marks.map((m, i) => ({ children: m.children, i, k: firstAtOrAfter(m.at) })).sort((a, b) => a.k - b.k || a.i - b.i);
  const deletionAt = (k: number) => deleted.find((d) => v.raw[k] >= d.from && v.raw[k] < d.to);
  const out: ParagraphChild[] = [];
  let buf = '';
  let em = false;
  let del: DeletedSpan | undefined;
  const flush = () => {
    if (buf) out.push(...textRuns(buf, { ...look, italic: (look.italic ?? false) || (em && lang !== 'zh') }, del?.change));
    buf = '';
  };
  let j = 0;
  for (let k = 0; k <= n; k++) {
    if (j < placed.length && placed[j].k === k) {
      flush();
      while (j < placed.length && placed[j].k === k) out.push(...placed[j++].children);
    }
    if (k === n) break;
    const d = deleted.length ? deletionAt(k) : undefined;
    if (buf && (v.emphasis[k] !== em || d !== del)) flush();
    if (!buf) {
      em = v.emphasis[k];
      del = d;
    }
    buf += v.chars[k];
  }
  flush();
  return out;
}
