import type { ReviewState } from '../../review/model';
import { unresolvedComments, type UnresolvedComment } from '../../review/threads';
import { finding, findingKey, type Finding, type Severity } from '../finding';
import { eachField, type RuleDefinition } from '../rule';

/**
 * Review comments and suggestions not yet resolved: one finding per element that has any, on
 * the field of its oldest open one (where "go to" lands), so the Findings list is also a to-do
 * list of what reviewers raised. Notes, not warnings: a comment is a question put to the
 * drafters, not an inconsistency the checker found, and the export pre-flight counts open
 * comments on their own (its warning count would otherwise count them twice).
 *
 * Comments on text that no longer exists (the element was deleted since) cannot be gone to; they
 * are counted in one document-wide finding, and the Comments panel shows them.
 */
export const COMMENTS_CODES = {
  'comments-unresolved': 'info',
  'comments-detached': 'info',
} as const satisfies Record<string, Severity>;

interface Group {
  first: UnresolvedComment;
  itemIds: string[];
  authors: string[];
}

/** Where each field is: its element's place in document order, keyed by `elementId|field`. */
interface FieldIndex {
  fields: Set<string>;
  order: Map<string, number>;
}

/** A field of the document: its element and `elementId|field`. */
interface FieldRef {
  id: string;
  key: string;
}

const openComments = (review: ReviewState) => unresolvedComments({ review });

function indexFields(parts: ReadonlyArray<readonly FieldRef[]>): FieldIndex {
  const fields = new Set<string>();
  const order = new Map<string, number>();
  for (const part of parts) {
    for (const f of part) {
      fields.add(f.key);
      if (!order.has(f.id)) order.set(f.id, order.size);
    }
  }
  return { fields, order };
}

/** The rule's findings from the open comments and where the document's fields are. */
export function commentFindings(open: readonly UnresolvedComment[], index: FieldIndex): Finding[] {
  const groups = new Map<string, Group>();
  const detached: UnresolvedComment[] = [];
  for (const c of open) {
    const { elementId, field } = c.anchor;
    if (!index.fields.has(`${elementId}|${field}`)) {
      detached.push(c);
      continue;
    }
    const g = groups.get(elementId);
    if (!g) groups.set(elementId, { first: c, itemIds: [c.itemId], authors: [c.author] });
    else {
      g.itemIds.push(c.itemId);
      if (!g.authors.includes(c.author)) g.authors.push(c.author);
    }
  }
  const out: Finding[] = [];
  const inOrder = [...groups].sort((a, b) => index.order.get(a[0])! - index.order.get(b[0])!);
  for (const [elementId, g] of inOrder) {
    const { field, lang } = g.first.anchor;
    const f = finding({
      code: 'comments-unresolved',
      severity: 'info',
      family: 'review',
      elementIds: [elementId],
      field,
      lang,
      data: { count: g.itemIds.length, authors: g.authors, itemIds: g.itemIds },
    });
    // Keyed by the element alone: the finding stays the same one as comments come and go.
    out.push({ ...f, key: findingKey('comments-unresolved', [elementId]) });
  }
  if (detached.length > 0) {
    const elements = [...new Set(detached.map((c) => c.anchor.elementId))];
    out.push(
      finding({
        code: 'comments-detached',
        severity: 'info',
        family: 'review',
        // Document-wide: the elements are gone, there is nowhere to go to.
        elementIds: [],
        data: { count: detached.length, elements, itemIds: detached.map((c) => c.itemId) },
      }),
    );
  }
  return out;
}

export const commentsRule: RuleDefinition = {
  id: 'comments',
  family: 'review',
  codes: COMMENTS_CODES,
  steps: [
    eachField<FieldRef, FieldRef[], { open: UnresolvedComment[] }>({
      reads: (input, derived) => ({ open: derived.of(openComments, input.review) }),
      // Most of the time there is nothing open, and the document need not be looked at.
      skip: ({ open }) => open.length === 0,
      check: (f) => ({ id: f.id, key: `${f.id}|${f.field}` }),
      // Typing changes no field's place: the index, and so the findings, are kept.
      same: (a, b) => a.key === b.key,
      summarise: (items) => items as FieldRef[],
      combine: (parts, { open }) => commentFindings(open, indexFields(parts)),
    }),
  ],
};
