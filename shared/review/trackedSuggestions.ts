import type { ElementRef } from '../model/elements';
import { visibleText } from '../text/inline';
import { makeQuote } from './anchors';
import type { FieldTarget } from './bookmarks';
import { canonicalJson } from './canonicalJson';
import type { Reviewer, SuggestionItem } from './model';
import { sha256Hex } from './sha256';
import type { TrackedSegment, UnplacedChange } from './trackedChanges';

/**
 * Tracked changes of a review .docx as suggestions on the exact words of the field they are in.
 * A run of changes with nothing unchanged between them (Word writes a replacement as a deletion
 * next to an insertion) is one suggestion: `{ quote: the deleted words → replacement: the
 * inserted words }`. An insertion alone is anchored on the word before it (or after it, at the
 * start of a field) so the suggestion still quotes words: the quote is that word, the replacement
 * the word with the insertion. Offsets are found in the field's words as the file shows them
 * (without `*emphasis*` markers) and mapped to the stored text, so the quote is exact even inside
 * emphasis. A field whose words in the file are not the project's words now cannot be placed
 * safely: its changes are listed as `text-differs`, like every other change not placed.
 */

export interface TrackedImport {
  items: SuggestionItem[];
  unplaced: UnplacedChange[];
}

interface Group {
  start: number;
  deleted: string;
  inserted: string;
  author: string;
  date: string;
}

/** Consecutive changes as groups, with their offset in the field's words before the changes. */
function groupsOf(segs: readonly TrackedSegment[]): { original: string; groups: Group[] } {
  let original = '';
  const groups: Group[] = [];
  let g: Group | null = null;
  for (const s of segs) {
    if (s.kind === 'same') {
      g = null;
      original += s.text;
      continue;
    }
    if (!g) groups.push((g = { start: original.length, deleted: '', inserted: '', author: s.author ?? '', date: s.date ?? '' }));
    if (s.kind === 'del') {
      g.deleted += s.text;
      original += s.text;
    } else g.inserted += s.text;
  }
  return { original, groups };
}

const WORD = /[\p{L}\p{N}_'’-]/u;
const HAN = /[\p{Script=Han}]/u;

/** The word (Latin) or character (Chinese) just before `at`, with the space before it if any. */
function tokenBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i > 0 && (HAN.test(text[i - 1]) || !WORD.test(text[i - 1]))) return i - 1;
  while (i > 0 && WORD.test(text[i - 1]) && !HAN.test(text[i - 1])) i--;
  return i;
}
function tokenAfter(text: string, at: number): number {
  let i = at;
  if (i < text.length && (HAN.test(text[i]) || !WORD.test(text[i]))) return i + 1;
  while (i < text.length && WORD.test(text[i]) && !HAN.test(text[i])) i++;
  return i;
}

/** A literal asterisk typed in Word is a literal asterisk in the stored text. */
const escapeMarkup = (s: string) => s.replace(/\*/g, '\\*');

export function trackedToSuggestions(
  fields: ReadonlyMap<string, readonly TrackedSegment[]>,
  targets: ReadonlyMap<string, FieldTarget>,
  index: ReadonlyMap<string, ElementRef>,
  fallbackDate: (date: string) => string,
  from: { organisation?: string; country?: string },
): TrackedImport {
  const items: SuggestionItem[] = [];
  const unplaced: UnplacedChange[] = [];
  for (const [bookmark, segs] of fields) {
    const { original, groups } = groupsOf(segs);
    if (groups.length === 0) continue;
    const list = (reason: UnplacedChange['reason']) =>
      groups.forEach((g) => unplaced.push({ reason, author: g.author, date: g.date, text: g.deleted || g.inserted, bookmark }));
    const target = targets.get(bookmark);
    const raw = target ? index.get(target.elementId)?.fields.find((f) => f.name === target.field)?.value[target.lang].text : undefined;
    if (!target || raw === undefined) {
      list('outside-field');
      continue;
    }
    const v = visibleText(raw);
    if (v.chars !== original) {
      list('text-differs');
      continue;
    }
    const rawEnd = (k: number) => v.raw[k] + (raw[v.raw[k]] === '\\' ? 2 : 1);
    for (const g of groups) {
      let start = g.start;
      let end = g.start + g.deleted.length;
      let before = '';
      let after = '';
      if (start === end) {
        // An insertion alone: quote the word next to it.
        if (start > 0) {
          start = tokenBefore(v.chars, start);
          before = v.chars.slice(start, end);
        } else if (v.chars.length > 0) {
          end = tokenAfter(v.chars, end);
          after = v.chars.slice(start, end);
        } else {
          unplaced.push({ reason: 'text-differs', author: g.author, date: g.date, text: g.inserted, bookmark });
          continue;
        }
      }
      const rs = v.raw[start];
      const re = rawEnd(end - 1);
      const slice = raw.slice(rs, re);
      if (slice.replace(/\\\*/g, '').includes('*')) {
        // The words run into or out of emphasis: replacing them would drop a marker.
        unplaced.push({ reason: 'emphasis-boundary', author: g.author, date: g.date, text: g.deleted || g.inserted, bookmark });
        continue;
      }
      // `slice` is the quoted word itself when an insertion alone was anchored on it.
      const replacement = before ? slice + escapeMarkup(g.inserted) : after ? escapeMarkup(g.inserted) + slice : escapeMarkup(g.inserted);
      const at = fallbackDate(g.date);
      const author: Reviewer = { name: g.author.trim() || 'Word reviewer', organisation: from.organisation ?? '', country: from.country ?? '', role: 'Word' };
      const id = `t-${sha256Hex(canonicalJson([author.name, at, bookmark, start, g.deleted, g.inserted])).slice(0, 24)}`;
      items.push({
        kind: 'suggestion',
        id,
        anchor: { ...target, quote: makeQuote(raw, rs, re) },
        original: raw,
        replacement,
        author,
        body: '',
        createdAt: at,
        updatedAt: at,
        rev: 0,
        deleted: false,
      });
    }
  }
  return { items, unplaced };
}
