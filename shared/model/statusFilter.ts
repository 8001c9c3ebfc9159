import { LANGUAGES, type Language } from './bilingual';
import { listElements, type ElementRef, type FieldName } from './elements';
import type { Framework } from './framework';
import { shownStatus, type ShownStatus } from './operations/text';

/**
 * Which fields are in which translation state, for the status filter of the outline and the
 * action-plan grid and for the "next field needing review" walk (Ctrl/Cmd+Enter). `needsReview`
 * is the shown status `stale`: confirmed against an older text of the other language, or flagged
 * when the other language changed.
 */
export type StatusFilterValue = 'missing' | 'draft' | 'needsReview' | 'reviewed' | 'approved';
export const STATUS_FILTER_VALUES: readonly StatusFilterValue[] = ['missing', 'draft', 'needsReview', 'reviewed', 'approved'];

/** A status, in one language or in either. */
export interface StatusFilter {
  status: StatusFilterValue;
  lang: Language | 'any';
}

const toFilterValue = (s: ShownStatus): StatusFilterValue => (s === 'stale' ? 'needsReview' : s);

/** One language of one field. */
export interface FieldLang {
  elementId: string;
  field: FieldName;
  lang: Language;
}

/** Counts of fields (one per language of each field) per status and language. */
export type StatusCounts = Record<StatusFilterValue, Record<Language, number>>;

export function statusCounts(fw: Framework, elements: readonly ElementRef[] = listElements(fw)): StatusCounts {
  const counts = Object.fromEntries(STATUS_FILTER_VALUES.map((s) => [s, { en: 0, zh: 0 }])) as StatusCounts;
  for (const el of elements) for (const f of el.fields) for (const lang of LANGUAGES) counts[toFilterValue(shownStatus(f.value, lang))][lang]++;
  return counts;
}

/** Whether one field matches the filter. */
function fieldMatches(value: ElementRef['fields'][number]['value'], filter: StatusFilter): boolean {
  const langs = filter.lang === 'any' ? LANGUAGES : [filter.lang];
  return langs.some((l) => toFilterValue(shownStatus(value, l)) === filter.status);
}

/**
 * Ids of the elements with at least one field matching the filter, and of their ancestors (so
 * an outline can show the path to them).
 */
export function elementsMatching(fw: Framework, filter: StatusFilter, elements: readonly ElementRef[] = listElements(fw)): Set<string> {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const out = new Set<string>();
  for (const el of elements) {
    if (!el.fields.some((f) => fieldMatches(f.value, filter))) continue;
    for (let cur: ElementRef | undefined = el; cur && !out.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) out.add(cur.id);
  }
  return out;
}

/** Every language of every field that needs review, in document order (English before Chinese in a field). */
export function fieldsNeedingReview(fw: Framework, elements: readonly ElementRef[] = listElements(fw)): FieldLang[] {
  const out: FieldLang[] = [];
  for (const el of elements) for (const f of el.fields) for (const lang of LANGUAGES) if (shownStatus(f.value, lang) === 'stale') out.push({ elementId: el.id, field: f.name, lang });
  return out;
}

/**
 * The next field needing review after `from` in document order, wrapping to the start; `from`
 * itself is skipped (it has just been reviewed, or is where the user is). Null when none is left.
 */
export function nextNeedingReview(fw: Framework, from: FieldLang | null, elements: readonly ElementRef[] = listElements(fw)): FieldLang | null {
  const all = fieldsNeedingReview(fw, elements).filter((x) => !from || x.elementId !== from.elementId || x.field !== from.field || x.lang !== from.lang);
  if (all.length === 0) return null;
  if (!from) return all[0];
  // Position of `from` in document order: the first entry at or after it.
  const order = new Map<string, number>();
  elements.forEach((el, i) => el.fields.forEach((f, j) => order.set(`${el.id}\u0000${f.name}`, i * 64 + j * 2)));
  const rank = (x: FieldLang) => (order.get(`${x.elementId}\u0000${x.field}`) ?? -1) + (x.lang === 'zh' ? 1 : 0);
  const here = rank(from);
  return all.find((x) => rank(x) > here) ?? all[0];
}
