import type { Language, LocalizedText, TranslationStatus } from '../model/bilingual';
import { LANGUAGES } from '../model/bilingual';
import { listElements, type ElementKind, type ElementRef, type FieldName } from '../model/elements';
import type { Framework } from '../model/framework';
import { computeLabels } from '../model/labels';
import type { Path } from '../model/patch/patch';
import { commonSubsequence, diffText, type DiffOp } from './diffText';

/**
 * Structure-aware compare of two versions (or editions) of a framework. Elements are matched by
 * id, which survives edits, moves and new editions, so the result says what a reader would:
 * "Activity 2-3 moved from Component 1 to Component 3", "its Chinese text changed here", rather
 * than a line diff of two files. Codes and data only; the UI and the report word them.
 */

/** An element as the change list names it. */
export interface ElementSummary {
  id: string;
  kind: ElementKind;
  /** Printed label ("Activity 2-3", "Component 1", "2.1"), null for unlabelled elements (paragraphs…). */
  label: string | null;
  /** The first words of its text (English, else Chinese), to name unlabelled elements. */
  excerpt: string;
}

/** Where an element sits: its ancestors from the top down (nearest last). */
export interface Place {
  parentId: string | null;
  ancestors: ElementSummary[];
  /** Position among its parent's children (0-based). */
  index: number;
}

interface ChangeBase {
  element: ElementSummary;
  /** The element to show in the newer version: itself, or for a removal its nearest surviving ancestor. */
  navigateTo: string | null;
}

export type Change =
  | (ChangeBase & { type: 'added'; place: Place; /** Elements added inside it (an action with its activities). */ descendants: number })
  | (ChangeBase & { type: 'removed'; place: Place; descendants: number })
  | (ChangeBase & {
      type: 'moved';
      /** Its label in the older version (labels follow position, so a move renumbers). */
      oldLabel: string | null;
      from: Place;
      to: Place;
      /** True when it stayed under the same parent and only its order among siblings changed. */
      reorder: boolean;
    })
  | (ChangeBase & { type: 'text'; field: FieldName; lang: Language; diff: DiffOp[] })
  | (ChangeBase & {
      type: 'status';
      field: FieldName;
      lang: Language;
      before: { status: TranslationStatus; basis?: string };
      after: { status: TranslationStatus; basis?: string };
    })
  | (ChangeBase & {
      type: 'attribute';
      /** Dotted name of a non-text property: `label`, `period`, `trace`, `carriedOver`, `style`… */
      name: string;
      /** JSON of the value before / after; undefined when absent. */
      before?: string;
      after?: string;
    });

export type ChangeType = Change['type'];

export interface CompareResult {
  changes: Change[];
  counts: Record<ChangeType, number>;
  /** Elements present in both versions. */
  matched: number;
}

const EXCERPT_LENGTH = 60;

function excerptOf(ref: ElementRef): string {
  for (const lang of LANGUAGES) {
    for (const f of ref.fields) {
      const text = f.value[lang].text.replace(/\\?\*/g, (m) => (m === '*' ? '' : '*')).trim(); // drop emphasis marks, keep literal \\*
      if (text) return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
    }
  }
  return '';
}

interface Side {
  list: readonly ElementRef[];
  byId: Map<string, ElementRef>;
  order: Map<string, number>;
  labels: Map<string, string>;
  children: Map<string | null, string[]>;
  fw: Framework;
}

function side(fw: Framework): Side {
  const list = listElements(fw);
  const byId = new Map<string, ElementRef>();
  const order = new Map<string, number>();
  const children = new Map<string | null, string[]>();
  list.forEach((e, i) => {
    byId.set(e.id, e);
    order.set(e.id, i);
    const siblings = children.get(e.parentId) ?? [];
    siblings.push(e.id);
    children.set(e.parentId, siblings);
  });
  const labels = new Map<string, string>();
  for (const [id, l] of computeLabels(fw)) labels.set(id, l.label);
  return { list, byId, order, labels, children, fw };
}

function summary(s: Side, ref: ElementRef): ElementSummary {
  return { id: ref.id, kind: ref.kind, label: s.labels.get(ref.id) ?? null, excerpt: excerptOf(ref) };
}

function placeOf(s: Side, ref: ElementRef): Place {
  const ancestors: ElementSummary[] = [];
  for (let p = ref.parentId; p !== null; ) {
    const parent = s.byId.get(p);
    if (!parent) break;
    ancestors.unshift(summary(s, parent));
    p = parent.parentId;
  }
  return { parentId: ref.parentId, ancestors, index: (s.children.get(ref.parentId) ?? []).indexOf(ref.id) };
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function isBiText(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof (o.en as LocalizedText | undefined)?.text === 'string' && typeof (o.zh as LocalizedText | undefined)?.text === 'string';
}

function containsBiText(v: unknown): boolean {
  if (isBiText(v)) return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  return Object.values(v).some(containsBiText);
}

function isChildList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && 'id' in x);
}

/**
 * Non-text properties of an element, by dotted name: labels typed by hand, list styles, traces,
 * periods, the carried-over flag. Text (BiText) and child elements are compared elsewhere; a
 * value without any text inside it (a period, a trace) is compared whole.
 */
function attributes(element: unknown, kind: ElementKind, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!element || typeof element !== 'object' || isBiText(element)) return out;
  for (const [key, value] of Object.entries(element as Record<string, unknown>)) {
    if (key === 'id' || isBiText(value) || isChildList(value)) continue;
    // Empty child lists look like plain values; child arrays are compared as elements.
    if (Array.isArray(value) && value.length === 0 && ['blocks', 'subsections', 'items', 'paragraphs', 'mainActivities', 'actions', 'activities', 'areas', 'entries', 'components'].includes(key)) continue;
    if (kind === 'metadata' && key === 'publisher') continue; // its own element
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value) && containsBiText(value)) {
      for (const [k, v] of attributes(value, kind, name)) out.set(k, v);
    } else {
      out.set(name, value);
    }
  }
  return out;
}

/** Primitives compare directly; the few object values (a period, a trace) by their JSON. */
const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
const json = (v: unknown) => (v === undefined ? {} : { value: JSON.stringify(v) });

const sameStatus = (a: LocalizedText, b: LocalizedText) => a.status === b.status && (a.basis ?? null) === (b.basis ?? null);

/**
 * Every difference between `before` and `after`, in the order of the newer document (removals
 * where they used to be). See {@link Change} for the kinds.
 */
export function compareFrameworks(before: Framework, after: Framework): CompareResult {
  const A = side(before);
  const B = side(after);
  const same = (id: string) => {
    const a = A.byId.get(id);
    const b = B.byId.get(id);
    return a !== undefined && b !== undefined && a.kind === b.kind;
  };
  // Position keys: new-document order; a removal sorts right after its nearest surviving predecessor.
  const keyed: Array<{ key: number; seq: number; change: Change }> = [];
  let seq = 0;
  const push = (key: number, change: Change) => keyed.push({ key, seq: seq++, change });

  const survivingAncestor = (ref: ElementRef): string | null => {
    for (let p = ref.parentId; p !== null; p = A.byId.get(p)?.parentId ?? null) if (same(p)) return p;
    return null;
  };

  // Added (an addition inside an addition is counted, not listed).
  const addedTop = new Map<string, string>();
  const addedCount = new Map<string, number>();
  for (const b of B.list) {
    if (same(b.id)) continue;
    const top = b.parentId !== null ? addedTop.get(b.parentId) : undefined;
    if (top !== undefined) {
      addedTop.set(b.id, top);
      addedCount.set(top, (addedCount.get(top) ?? 0) + 1);
    } else {
      addedTop.set(b.id, b.id);
      addedCount.set(b.id, 0);
    }
  }
  for (const [id, top] of addedTop) {
    if (id !== top) continue;
    const b = B.byId.get(id)!;
    push(B.order.get(id)!, { type: 'added', element: summary(B, b), navigateTo: id, place: placeOf(B, b), descendants: addedCount.get(id) ?? 0 });
  }

  // Removed, likewise folded.
  const removedTop = new Map<string, string>();
  const removedCount = new Map<string, number>();
  for (const a of A.list) {
    if (same(a.id)) continue;
    const top = a.parentId !== null ? removedTop.get(a.parentId) : undefined;
    if (top !== undefined) {
      removedTop.set(a.id, top);
      removedCount.set(top, (removedCount.get(top) ?? 0) + 1);
    } else {
      removedTop.set(a.id, a.id);
      removedCount.set(a.id, 0);
    }
  }
  let lastSurvivor = -1;
  const removalKey = new Map<string, number>();
  A.list.forEach((a, i) => {
    if (same(a.id)) lastSurvivor = B.order.get(a.id)!;
    else removalKey.set(a.id, lastSurvivor + 0.5 + i / (A.list.length * 2 + 2));
  });
  for (const [id, top] of removedTop) {
    if (id !== top) continue;
    const a = A.byId.get(id)!;
    push(removalKey.get(id)!, { type: 'removed', element: summary(A, a), navigateTo: survivingAncestor(a), place: placeOf(A, a), descendants: removedCount.get(id) ?? 0 });
  }

  // Moved: to another parent, or out of order among the siblings that stayed with it. The
  // siblings in the longest common order did not move; only the others are reported.
  const reordered = new Set<string>();
  for (const [parentId, newKids] of B.children) {
    const stayed = (id: string) => same(id) && A.byId.get(id)!.parentId === parentId;
    const newOrder = newKids.filter(stayed);
    if (newOrder.length < 2) continue;
    const keep = new Set(newOrder);
    const oldOrder = (A.children.get(parentId) ?? []).filter((id) => keep.has(id));
    const lcs = commonSubsequence(oldOrder, newOrder);
    for (const id of newOrder) if (!lcs.has(id)) reordered.add(id);
  }

  for (const b of B.list) {
    if (!same(b.id)) continue;
    const a = A.byId.get(b.id)!;
    const key = B.order.get(b.id)!;
    // Summaries (with their excerpts) only for elements that changed: most did not.
    let cached: { element: ElementSummary; navigateTo: string } | null = null;
    const base = () => (cached ??= { element: summary(B, b), navigateTo: b.id });
    const parentChanged = a.parentId !== b.parentId;
    if (parentChanged || reordered.has(b.id)) {
      push(key, { ...base(), type: 'moved', oldLabel: A.labels.get(a.id) ?? null, from: placeOf(A, a), to: placeOf(B, b), reorder: !parentChanged });
    }
    const attrsA = attributes(valueAt({ framework: A.fw }, a.path), a.kind);
    const attrsB = attributes(valueAt({ framework: B.fw }, b.path), b.kind);
    for (const name of new Set([...attrsA.keys(), ...attrsB.keys()])) {
      const va = attrsA.get(name);
      const vb = attrsB.get(name);
      if (!sameValue(va, vb)) {
        const before = json(va).value;
        const after = json(vb).value;
        push(key, { ...base(), type: 'attribute', name, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
      }
    }
    for (const fb of b.fields) {
      const fa = a.fields.find((f) => f.name === fb.name);
      if (!fa) continue;
      for (const lang of LANGUAGES) {
        const ta = fa.value[lang];
        const tb = fb.value[lang];
        if (ta.text !== tb.text) {
          push(key, { ...base(), type: 'text', field: fb.name, lang, diff: diffText(ta.text, tb.text) });
        } else if (!sameStatus(ta, tb)) {
          const st = (t: LocalizedText) => ({ status: t.status, ...(t.basis !== undefined ? { basis: t.basis } : {}) });
          push(key, { ...base(), type: 'status', field: fb.name, lang, before: st(ta), after: st(tb) });
        }
      }
    }
  }

  keyed.sort((x, y) => x.key - y.key || x.seq - y.seq);
  const changes = keyed.map((k) => k.change);
  const counts: Record<ChangeType, number> = { added: 0, removed: 0, moved: 0, text: 0, status: 0, attribute: 0 };
  for (const c of changes) counts[c.type]++;
  let matched = 0;
  for (const b of B.list) if (same(b.id)) matched++;
  return { changes, counts, matched };
}
