import type { BiText } from './bilingual';
import type { Framework, Section } from './framework';
import type { Path } from './patch/patch';

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

/** All text-bearing elements in document order (the order a reader meets them, anchors expanded). */
export function listElements(fw: Framework): ElementRef[] {
  const out: ElementRef[] = [];
  const F = ['framework'] as Path;
  const field = (name: FieldName, path: Path, value: BiText): ElementField => ({ name, path, value });
  const md = fw.metadata;
  out.push({ id: METADATA_ID, kind: 'metadata', parentId: null, path: [...F, 'metadata'], fields: [
    field('title', [...F, 'metadata', 'title'], md.title),
    field('shortTitle', [...F, 'metadata', 'shortTitle'], md.shortTitle),
  ] });
  out.push({ id: PUBLISHER_ID, kind: 'publisher', parentId: METADATA_ID, path: [...F, 'metadata', 'publisher'], fields: [
    field('name', [...F, 'metadata', 'publisher', 'name'], md.publisher.name),
    field('address', [...F, 'metadata', 'publisher', 'address'], md.publisher.address),
  ] });
  out.push({ id: CONTENTS_ID, kind: 'contents', parentId: null, path: [...F, 'contentsTitle'], fields: [field('title', [...F, 'contentsTitle'], fw.contentsTitle)] });

  const walk = (sections: readonly Section[], basePath: Path, parentId: string | null) => {
    sections.forEach((s, si) => {
      const sp = [...basePath, si];
      out.push({ id: s.id, kind: 'section', parentId, path: sp, fields: [field('title', [...sp, 'title'], s.title)] });
      s.blocks.forEach((b, bi) => {
        const bp = [...sp, 'blocks', bi];
        if (b.type === 'paragraph') {
          out.push({ id: b.id, kind: 'paragraph', parentId: s.id, path: bp, fields: [field('text', [...bp, 'text'], b.text)] });
        } else if (b.type === 'list') {
          out.push({ id: b.id, kind: 'list', parentId: s.id, path: bp, fields: [] });
          b.items.forEach((it, ii) => {
            const ip = [...bp, 'items', ii];
            out.push({ id: it.id, kind: 'listItem', parentId: b.id, path: ip, fields: [field('text', [...ip, 'text'], it.text)] });
          });
        } else if (b.type === 'components') {
          pushComponents(s.id);
        } else if (b.type === 'actionPlan') {
          pushActionPlan(s.id);
        } else if (b.type === 'notes') {
          pushNotes(s.id);
        }
      });
      walk(s.subsections, [...sp, 'subsections'], s.id);
    });
  };

  const pushComponents = (parentId: string) => {
    fw.components.forEach((c, ci) => {
      const cp = [...F, 'components', ci];
      out.push({ id: c.id, kind: 'component', parentId, path: cp, fields: [field('title', [...cp, 'title'], c.title)] });
      c.paragraphs.forEach((p, pi) => {
        const pp = [...cp, 'paragraphs', pi];
        out.push({ id: p.id, kind: 'paragraph', parentId: c.id, path: pp, fields: [field('text', [...pp, 'text'], p.text)] });
      });
      c.mainActivities.forEach((m, mi) => {
        const mp = [...cp, 'mainActivities', mi];
        out.push({ id: m.id, kind: 'mainActivity', parentId: c.id, path: mp, fields: [field('text', [...mp, 'text'], m.text)] });
      });
    });
  };

  const pushActionPlan = (parentId: string) => {
    const cols = [...F, 'actionPlan', 'columns'];
    const c = fw.actionPlan.columns;
    out.push({ id: ACTION_PLAN_COLUMNS_ID, kind: 'actionPlanColumns', parentId, path: cols, fields: [
      field('focusColumn', [...cols, 'focus'], c.focus),
      field('actionColumn', [...cols, 'action'], c.action),
      field('activityColumn', [...cols, 'activity'], c.activity),
      field('scheduleColumn', [...cols, 'schedule'], c.schedule),
    ] });
    fw.actionPlan.components.forEach((pc, pi) => {
      const pp = [...F, 'actionPlan', 'components', pi];
      out.push({ id: pc.id, kind: 'planComponent', parentId, path: pp, fields: [field('focus', [...pp, 'focus'], pc.focus)] });
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
    });
  };

  const pushNotes = (parentId: string) => {
    out.push({ id: NOTES_ID, kind: 'notes', parentId, path: [...F, 'notes'], fields: [field('title', [...F, 'notes', 'title'], fw.notes.title)] });
    fw.notes.items.forEach((n, ni) => {
      const np = [...F, 'notes', 'items', ni];
      out.push({ id: n.id, kind: 'note', parentId: NOTES_ID, path: np, fields: [field('text', [...np, 'text'], n.text)] });
    });
  };

  walk(fw.sections, [...F, 'sections'], null);

  const ax = [...F, 'annex'];
  const cols = fw.annex.columns;
  out.push({ id: fw.annex.id, kind: 'annex', parentId: null, path: ax, fields: [
    field('title', [...ax, 'title'], fw.annex.title),
    field('numberColumn', [...ax, 'columns', 'number'], cols.number),
    field('timePlaceColumn', [...ax, 'columns', 'timePlace'], cols.timePlace),
    field('textColumn', [...ax, 'columns', 'text'], cols.text),
  ] });
  fw.annex.areas.forEach((area, ai) => {
    const ap = [...ax, 'areas', ai];
    out.push({ id: area.id, kind: 'priorityArea', parentId: fw.annex.id, path: ap, fields: [field('heading', [...ap, 'heading'], area.heading)] });
    area.entries.forEach((e, ei) => {
      const ep = [...ap, 'entries', ei];
      out.push({ id: e.id, kind: 'annexEntry', parentId: area.id, path: ep, fields: [
        field('time', [...ep, 'time'], e.time),
        field('place', [...ep, 'place'], e.place),
        field('text', [...ep, 'text'], e.text),
      ] });
    });
  });
  return out;
}

/** Elements by id (built once per document revision by callers that look up many). */
export function indexElements(fw: Framework): Map<string, ElementRef> {
  return new Map(listElements(fw).map((e) => [e.id, e]));
}

