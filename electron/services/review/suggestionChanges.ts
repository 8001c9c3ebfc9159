import type { ElementRef } from '../../../shared/model/elements';
import { resolveAnchor } from '../../../shared/review/anchors';
import type { Thread } from '../../../shared/review/threads';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { textRuns, type TextLook } from '../word/runs';
import type { DeletedSpan, Mark } from './fieldRuns';

/**
 * A field's open suggestions as Word tracked changes, beside their comments: the quoted words as a
 * tracked deletion and the replacement as a tracked insertion right after them, both by the
 * suggestion's author at its date — what Word's and LibreOffice's reviewers see as a redline and
 * accept or reject with their own buttons (and what wordComments.ts reads back; an unchanged one
 * is recognised and not imported twice). A suggestion whose words are no longer in the field, or
 * that overlaps one already written on the field, stays a comment only: Word cannot delete the
 * same words twice.
 */
export function suggestionChanges(threads: readonly Thread[], index: ReadonlyMap<string, ElementRef>, look: TextLook, nextId: () => number): { deleted: DeletedSpan[]; marks: Mark[] } {
  const deleted: DeletedSpan[] = [];
  const marks: Mark[] = [];
  for (const t of threads) {
    const s = t.root;
    if (s.kind !== 'suggestion' || t.resolved || t.disposition?.applied) continue;
    const r = resolveAnchor(s.anchor, index);
    if (r.status !== 'ok') continue;
    const from = r.start ?? 0;
    const to = r.end ?? r.text.length;
    if (deleted.some((d) => d.from < to && from < d.to)) continue;
    const author = s.author.country ? `${s.author.name} (${s.author.country})` : s.author.name;
    const date = s.updatedAt;
    if (to > from) deleted.push({ from, to, change: { kind: 'del', author, date, nextId } });
    const words = stripInlineMarkup(s.replacement);
    if (words) marks.push({ at: to, children: textRuns(words, look, { kind: 'ins', author, date, nextId }) });
  }
  return { deleted, marks };
}
