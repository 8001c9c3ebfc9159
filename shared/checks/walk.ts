import type { BiText } from '../model/bilingual';
import type { ElementKind, FieldName } from '../model/elements';
import type { Framework, Section } from '../model/framework';

/**
 * Every bilingual field of a framework with its element id, part by part (see below: the
 * components come after all sections, not at their anchor). Unlike `listElements` it allocates
 * no paths: the checker walks the whole document on every keystroke. The two enumerations must
 * list the same fields (tests/shared/checks/walk.test.ts).
 */
export type FieldVisitor = (elementId: string, kind: ElementKind, field: FieldName, value: BiText) => void;

/**
 * The parts a field walk is split into, in document order: the cover, the sections, each
 * component, each component's action-plan rows, the notes, each priority area of the annex. A
 * part whose key objects are the same as at the last run (the patch engine shares untouched
 * subtrees) has the same fields, so the checker (steps.ts) does not walk it again: typing in one
 * activity re-walks only its component's rows.
 */
export interface WalkPart {
  /** The objects the part's fields live in; the first is the part's identity. */
  key: readonly [object, ...unknown[]];
  walk(visit: FieldVisitor): void;
}

export function partsOf(fw: Framework): WalkPart[] {
  const md = fw.metadata;
  const parts: WalkPart[] = [
    {
      key: [md, fw.contentsTitle],
      walk(visit) {
        visit('#metadata', 'metadata', 'title', md.title);
        visit('#metadata', 'metadata', 'shortTitle', md.shortTitle);
        visit('#publisher', 'publisher', 'name', md.publisher.name);
        visit('#publisher', 'publisher', 'address', md.publisher.address);
        visit('#contents', 'contents', 'title', fw.contentsTitle);
      },
    },
    {
      key: [fw.sections],
      walk(visit) {
        const walk = (sections: readonly Section[]) => {
          for (const s of sections) {
            visit(s.id, 'section', 'title', s.title);
            for (const b of s.blocks) {
              if (b.type === 'paragraph') visit(b.id, 'paragraph', 'text', b.text);
              else if (b.type === 'list') for (const it of b.items) visit(it.id, 'listItem', 'text', it.text);
            }
            walk(s.subsections);
          }
        };
        walk(fw.sections);
      },
    },
  ];
  for (const c of fw.components) {
    parts.push({
      key: [c],
      walk(visit) {
        visit(c.id, 'component', 'title', c.title);
        for (const p of c.paragraphs) visit(p.id, 'paragraph', 'text', p.text);
        for (const m of c.mainActivities) visit(m.id, 'mainActivity', 'text', m.text);
      },
    });
  }
  const cols = fw.actionPlan.columns;
  parts.push({
    key: [cols],
    walk(visit) {
      visit('#actionPlanColumns', 'actionPlanColumns', 'focusColumn', cols.focus);
      visit('#actionPlanColumns', 'actionPlanColumns', 'actionColumn', cols.action);
      visit('#actionPlanColumns', 'actionPlanColumns', 'activityColumn', cols.activity);
      visit('#actionPlanColumns', 'actionPlanColumns', 'scheduleColumn', cols.schedule);
    },
  });
  for (const pc of fw.actionPlan.components) {
    parts.push({
      key: [pc],
      walk(visit) {
        visit(pc.id, 'planComponent', 'focus', pc.focus);
        for (const a of pc.actions) {
          visit(a.id, 'action', 'title', a.title);
          for (const x of a.activities) {
            visit(x.id, 'activity', 'text', x.text);
            visit(x.id, 'activity', 'schedule', x.schedule.text);
          }
        }
      },
    });
  }
  parts.push({
    key: [fw.notes],
    walk(visit) {
      visit('#notes', 'notes', 'title', fw.notes.title);
      for (const n of fw.notes.items) visit(n.id, 'note', 'text', n.text);
    },
  });
  const ax = fw.annex;
  parts.push({
    key: [ax.title, ax.id, ax.columns],
    walk(visit) {
      visit(ax.id, 'annex', 'title', ax.title);
      visit(ax.id, 'annex', 'numberColumn', ax.columns.number);
      visit(ax.id, 'annex', 'timePlaceColumn', ax.columns.timePlace);
      visit(ax.id, 'annex', 'textColumn', ax.columns.text);
    },
  });
  for (const area of ax.areas) {
    parts.push({
      key: [area],
      walk(visit) {
        visit(area.id, 'priorityArea', 'heading', area.heading);
        for (const e of area.entries) {
          visit(e.id, 'annexEntry', 'time', e.time);
          visit(e.id, 'annexEntry', 'place', e.place);
          visit(e.id, 'annexEntry', 'text', e.text);
        }
      },
    });
  }
  return parts;
}

export function forEachField(fw: Framework, visit: FieldVisitor): void {
  for (const part of partsOf(fw)) part.walk(visit);
}
