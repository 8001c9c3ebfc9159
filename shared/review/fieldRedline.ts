import { resolveQuote } from './anchors';
import type { ReviewState, SuggestionItem } from './model';
import { buildThreads, fieldKey } from './threads';

/**
 * The open suggestions of a field, as the field itself shows them: its text with each suggestion's
 * words struck through and the new words beside them, at their place. A suggestion whose words are
 * no longer in the text (its thread says so, with the old and new words), or that overlaps one
 * shown before it, is left out of the field's redline; the Comments panel still lists it.
 */

/** Open (unresolved, not withdrawn) suggestions per `elementId|field|lang`, oldest first. */
export function openSuggestionsByField(state: ReviewState): Map<string, SuggestionItem[]> {
  const out = new Map<string, SuggestionItem[]>();
  for (const t of buildThreads(state)) {
    if (t.resolved || t.root.kind !== 'suggestion') continue;
    const key = fieldKey(t.root.anchor);
    out.set(key, [...(out.get(key) ?? []), t.root]);
  }
  return out;
}

export type RedlineSegment = { kind: 'text'; text: string } | { kind: 'suggestion'; item: SuggestionItem; exact: string; replacement: string };

/** `text` cut into plain runs and the suggestions placed on it (see above). */
export function redlineSegments(text: string, suggestions: readonly SuggestionItem[]): RedlineSegment[] {
  const placed: { start: number; end: number; item: SuggestionItem }[] = [];
  for (const item of suggestions) {
    const quote = item.anchor.quote;
    const at = quote ? resolveQuote(text, quote) : { status: 'found' as const, start: 0, end: text.length };
    if (at.status !== 'found') continue;
    if (placed.some((p) => at.start < p.end && p.start < at.end)) continue;
    placed.push({ start: at.start, end: at.end, item });
  }
  placed.sort((a, b) => a.start - b.start);
  const out: RedlineSegment[] = [];
  let at = 0;
  for (const p of placed) {
    if (p.start > at) out.push({ kind: 'text', text: text.slice(at, p.start) });
    out.push({ kind: 'suggestion', item: p.item, exact: text.slice(p.start, p.end), replacement: p.item.replacement });
    at = p.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
