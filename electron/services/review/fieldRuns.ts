import type { Language } from '../../../shared/model/bilingual';
import { visibleText } from '../../../shared/text/inline';
import { textRunXml, type TextLook } from '../ooxml/runs';

/**
 * A field's stored text as Word runs, with markers (comment range starts and ends) placed at
 * offsets of the stored text. The stored text carries inline markup (`*emphasis*`, `\*`; see
 * shared/text/inline.ts) that Word must not show, and an anchor's offsets count the markup, so the
 * text is read character by character with the raw offset of each visible one; a marker goes
 * before the first visible character at or after its offset. Emphasis becomes italics in English;
 * Chinese has no italics (an instrument title is marked by its 《》), as in the export.
 */

/** Something to write between runs, before the text from raw offset `at` on. */
export interface Mark {
  at: number;
  xml: string;
}

/** Runs of `text` (language `lang`) with `marks` in place; marks at one place keep their order. */
export function fieldRunsXml(text: string, lang: Language, marks: readonly Mark[] = [], look: TextLook = {}): string {
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
  const placed = marks.map((m, i) => ({ xml: m.xml, i, k: firstAtOrAfter(m.at) })).sort((a, b) => a.k - b.k || a.i - b.i);
  let out = '';
  let buf = '';
  let em = false;
  const flush = () => {
    if (buf) out += textRunXml(buf, { ...look, italic: (look.italic ?? false) || (em && lang !== 'zh') });
    buf = '';
  };
  let j = 0;
  for (let k = 0; k <= n; k++) {
    if (j < placed.length && placed[j].k === k) {
      flush();
      while (j < placed.length && placed[j].k === k) out += placed[j++].xml;
    }
    if (k === n) break;
    if (buf && v.emphasis[k] !== em) flush();
    if (!buf) em = v.emphasis[k];
    buf += v.chars[k];
  }
  flush();
  return out;
}
