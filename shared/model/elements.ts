import type { BiText } from './bilingual';
import type { Framework, Section } from './framework';
import type { Path } from './patch/patch';
import { joiner, perObject, perPart, sameItems } from './perPart';

/**
 * Every element of a framework that carries text, with the canonical names of its bilingual fields
 * and their paths in the project. Comments, findings, search, compare and the editor all address
 * text the same way: `{ elementId, field, lang }`.
 */
export type ElementKind =
  | 'metadata'
  | 'publisher'
  | 'contents'
  | 'section'
  | 'paragraph'
  | 'list'
  | 'listItem'
  | 'component'
  | 'mainActivity'
  | 'actionPlanColumns'
  | 'planComponent'
  | 'action'
  | 'activity'
  | 'notes'
  | 'note'
  | 'annex'
  | 'priorityArea'
  | 'annexEntry';

/** Canonical field names. `schedule` is the activity's schedule text. */
export type FieldName =
  | 'title' | 'shortTitle' | 'text' | 'focus' | 'schedule' | 'time' | 'place' | 'heading' | 'name' | 'address'
  | 'focusColumn' | 'actionColumn' | 'activityColumn' | 'scheduleColumn' | 'numberColumn' | 'timePlaceColumn' | 'textColumn';

export interface ElementField {
  name: FieldName;
  /** Path of the BiText from the project root (starts with 'framework'). */
  path: Path;
  value: BiText;
}

export interface ElementRef {
  id: string;
  kind: ElementKind;
  /** The element that contains this one (section for a paragraph, action for an activity…), null at the top. */
  parentId: string | null;
  /** Path of the element object itself from the project root. */
  path: Path;
  fields: ElementField[];
}

/** Fixed ids of singleton elements that have no id of their own in the file. */
export const METADATA_ID = '#metadata';
export const PUBLISHER_ID = '#publisher';
export const CONTENTS_ID = '#contents';
export const ACTION_PLAN_COLUMNS_ID = '#actionPlanColumns';
export const NOTES_ID = '#notes';

type Share = readonly ElementRef[];
/** A section's own elements, cut where an anchor places the components, the action plan or the notes. */
type SectionPiece = Share | 'components' | 'actionPlan' | 'notes';

const F = ['framework'] as Path;
const field = (name: FieldName, path: Path, value: BiText): ElementField => ({ name, path, value });

// One share per part (see shared/model/perPart.ts): a keystroke in an activity makes its plan
// component's share again; every other part's share is the one of the last revision.

const metadataShare = perPart((md: Framework['metadata'], _: readonly []): Share => [
  { id: METADATA_ID, kind: 'metadata', parentId: null, path: [...F, 'metadata'], fields: [
    field('title', [...F, 'metadata', 'title'], md.title),
    field('shortTitle', [...F, 'metadata', 'shortTitle'], md.shortTitle),
  ] },
  { id: PUBLISHER_ID, kind: 'publisher', parentId: METADATA_ID, path: [...F, 'metadata', 'publisher'], fields: [
    field('name', [...F, 'metadata', 'publisher', 'name'], md.publisher.name),
    field('address', [...F, 'metadata', 'publisher', 'address'], md.publisher.address),
  ] },
]);

const contentsShare = perPart((title: BiText, _: readonly []): Share => [
  { id: CONTENTS_ID, kind: 'contents', parentId: null, path: [...F, 'contentsTitle'], fields: [field('title', [...F, 'contentsTitle'], title)] },
]);

/** Context: the section's path of indices ("2.0": the first subsection of the third section) and its parent section's id. */
const sectionShare = perPart((s: Section, [at, parentId]: readonly [string, string | null]): SectionPiece[] => {
  const sp: Path = [...F, 'sections'];
  at.split('.').forEach((i, depth) => sp.push(...(depth === 0 ? [Number(i)] : ['subsections', Number(i)])));
  const pieces: SectionPiece[] = [];
  let own: ElementRef[] = [{ id: s.id, kind: 'section', parentId, path: sp, fields: [field('title', [...sp, 'title'], s.title)] }];
  s.blocks.forEach((b, bi) => {
    const bp = [...sp, 'blocks', bi];
    if (b.type === 'paragraph') {
      own.push({ id: b.id, kind: 'paragraph', parentId: s.id, path: bp, fields: [field('text', [...bp, 'text'], b.text)] });
    } else if (b.type === 'list') {
      own.push({ id: b.id, kind: 'list', parentId: s.id, path: bp, fields: [] });
      b.items.forEach((it, ii) => {
        const ip = [...bp, 'items', ii];
        own.push({ id: it.id, kind: 'listItem', parentId: b.id, path: ip, fields: [field('text', [...ip, 'text'], it.text)] });
      });
    } else {
      pieces.push(own, b.type);
      own = [];
    }
  });
  pieces.push(own);
  return pieces;
});

const componentShare = perPart((c: Framework['components'][number], [ci, parentId]: readonly [number, string]): Share => {
  const cp = [...F, 'components', ci];
  const out: ElementRef[] = [{ id: c.id, kind: 'component', parentId, path: cp, fields: [field('title', [...cp, 'title'], c.title)] }];
  c.paragraphs.forEach((p, pi) => {
    const pp = [...cp, 'paragraphs', pi];
    out.push({ id: p.id, kind: 'paragraph', parentId: c.id, path: pp, fields: [field('text', [...pp, 'text'], p.text)] });
  });
  c.mainActivities.forEach((m, mi) => {
    const mp = [...cp, 'mainActivities', mi];
    out.push({ id: m.id, kind: 'mainActivity', parentId: c.id, path: mp, fields: [field('text', [...mp, 'text'], m.text)] });
  });
  return out;
});

const planColumnsShare = perPart((c: Framework['actionPlan']['columns'], [parentId]: readonly [string]): Share => {
  const cols = [...F, 'actionPlan', 'columns'];
  return [{ id: ACTION_PLAN_COLUMNS_ID, kind: 'actionPlanColumns', parentId, path: cols, fields: [
    field('focusColumn', [...cols, 'focus'], c.focus),
    field('actionColumn', [...cols, 'action'], c.action),
    field('activityColumn', [...cols, 'activity'], c.activity),
    field('scheduleColumn', [...cols, 'schedule'], c.schedule),
  ] }];
});

const planComponentShare = perPart((pc: Framework['actionPlan']['components'][number], [pi, parentId]: readonly [number, string]): Share => {
  const pp = [...F, 'actionPlan', 'components', pi];
  const out: ElementRef[] = [{ id: pc.id, kind: 'planComponent', parentId, path: pp, fields: [field('focus', [...pp, 'focus'], pc.focus)] }];
  pc.actions.forEach((a, ai) => {
    const ap = [...pp, 'actions', ai];
    out.push({ id: a.id, kind: 'action', parentId: pc.id, path: ap, fields: [field('title', [...ap, 'title'], a.title)] });
    a.activities.forEach((act, xi) => {
      const xp = [...ap, 'activities', xi];
      out.push({ id: act.id, kind: 'activity', parentId: a.id, path: xp, fields: [
        field('text', [...xp, 'text'], act.text),
        field('schedule', [...xp, 'schedule', 'text'], act.schedule.text),
      ] });
    });
  });
  return out;
});

const notesShare = perPart((notes: Framework['notes'], [parentId]: readonly [string]): Share => {
  const out: ElementRef[] = [{ id: NOTES_ID, kind: 'notes', parentId, path: [...F, 'notes'], fields: [field('title', [...F, 'notes', 'title'], notes.title)] }];
  notes.items.forEach((n, ni) => {
    const np = [...F, 'notes', 'items', ni];
    out.push({ id: n.id, kind: 'note', parentId: NOTES_ID, path: np, fields: [field('text', [...np, 'text'], n.text)] });
  });
  return out;
});

/** The annex's own element (title and column headings); its areas are shares of their own. */
const annexShare = perPart((ax: Framework['annex'], _: readonly []): Share => {
  const ap = [...F, 'annex'];
  const cols = ax.columns;
  return [{ id: ax.id, kind: 'annex', parentId: null, path: ap, fields: [
    field('title', [...ap, 'title'], ax.title),
    field('numberColumn', [...ap, 'columns', 'number'], cols.number),
    field('timePlaceColumn', [...ap, 'columns', 'timePlace'], cols.timePlace),
    field('textColumn', [...ap, 'columns', 'text'], cols.text),
  ] }];
});

const areaShare = perPart((area: Framework['annex']['areas'][number], [ai, annexId]: readonly [number, string]): Share => {
  const ap = [...F, 'annex', 'areas', ai];
  const out: ElementRef[] = [{ id: area.id, kind: 'priorityArea', parentId: annexId, path: ap, fields: [field('heading', [...ap, 'heading'], area.heading)] }];
  area.entries.forEach((e, ei) => {
    const ep = [...ap, 'entries', ei];
    out.push({ id: e.id, kind: 'annexEntry', parentId: area.id, path: ep, fields: [
      field('time', [...ep, 'time'], e.time),
      field('place', [...ep, 'place'], e.place),
      field('text', [...ep, 'text'], e.text),
    ] });
  });
  return out;
});

/** Every part's share of the element list, in document order (anchors expanded where they stand). */
const elementShares = perObject((fw: Framework): Share[] => {
  const shares: Share[] = [metadataShare(fw.metadata, []), contentsShare(fw.contentsTitle, [])];
  const anchored = (anchor: 'components' | 'actionPlan' | 'notes', parentId: string) => {
    if (anchor === 'components') fw.components.forEach((c, ci) => shares.push(componentShare(c, [ci, parentId])));
    else if (anchor === 'actionPlan') {
      shares.push(planColumnsShare(fw.actionPlan.columns, [parentId]));
      fw.actionPlan.components.forEach((pc, pi) => shares.push(planComponentShare(pc, [pi, parentId])));
    } else shares.push(notesShare(fw.notes, [parentId]));
  };
  const walk = (sections: readonly Section[], at: string, parentId: string | null) =>
    sections.forEach((s, si) => {
      const here = at ? `${at}.${si}` : String(si);
      for (const piece of sectionShare(s, [here, parentId])) {
        if (typeof piece === 'string') anchored(piece, s.id);
        else shares.push(piece);
      }
      walk(s.subsections, here, s.id);
    });
  walk(fw.sections, '', null);
  shares.push(annexShare(fw.annex, []));
  fw.annex.areas.forEach((area, ai) => shares.push(areaShare(area, [ai, fw.annex.id])));
  return shares;
});

const joinElements = joiner((shares: readonly Share[]) => shares.flat());

/**
 * All text-bearing elements in document order (the order a reader meets them, anchors expanded).
 * One list per framework revision, made from the parts' shares: an edit makes only the edited
 * part's share again. Shared between callers: read it, never change it.
 */
export const listElements: (fw: Framework) => readonly ElementRef[] = perObject((fw: Framework) => joinElements(elementShares(fw)));

/** Elements by id, in document order; one map per framework revision (shared: never change it). */
export const indexElements = (fw: Framework): ReadonlyMap<string, ElementRef> => indexOfList(listElements(fw));

const indexOfList = perObject((list: readonly ElementRef[]): ReadonlyMap<string, ElementRef> => {
  const out = new Map<string, ElementRef>();
  for (const e of list) out.set(e.id, e);
  return out;
});

const joinParents = joiner(
  (shares: readonly Share[]) => {
    const out = new Map<string, string | null>();
    for (const share of shares) for (const e of share) out.set(e.id, e.parentId);
    return out as ReadonlyMap<string, string | null>;
  },
  // Typing changes a share's texts, never its ids or parents: the same map.
  (a, b) => sameItems(a, b, (x, y) => x.id === y.id && x.parentId === y.parentId),
);

/**
 * Each element's parent id (null at the top). The same map across revisions while no element was
 * added, removed or moved (typing changes none), so what is worked out from it can be kept.
 */
export const elementParentIds: (fw: Framework) => ReadonlyMap<string, string | null> = perObject((fw: Framework) => joinParents(elementShares(fw)));
