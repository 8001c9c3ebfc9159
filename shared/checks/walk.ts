import type { BiText } from '../model/bilingual';
import type { ElementKind, FieldName } from '../model/elements';
import type { Framework, Section } from '../model/framework';

/**
 * Every bilingual field of a framework with its element id, in document order. Unlike
 * `listElements` it allocates no paths: the checker walks the whole document on every keystroke.
 */
export type FieldVisitor = (elementId: string, kind: ElementKind, field: FieldName, value: BiText) => void;

/**
 * The parts a field walk is split into, in document order: the cover, the sections, each
 * component, each component's action-plan rows, the notes, each priority area of the annex. A
 * part whose key objects are the same as at the last run (the patch engine shares untouched
 * subtrees) has the same fields, so {@link FieldResults} does not walk it again: typing in one
 * activity re-walks only its component's rows.
 */
interface Part {
  /** The objects the part's fields live in; the first is the part's identity. */
  key: readonly [object, ...unknown[]];
  walk(visit: FieldVisitor): void;
}

function partsOf(fw: Framework): Part[] {
  const md = fw.metadata;
  const parts: Part[] = [
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

/**
 * One result per field over the whole document, in document order: parts of the framework whose
 * objects did not change are not walked again, and each field's result is memoised on its value
 * object. `context` is whatever else the results depend on (e.g. counts); a new context
 * recomputes everything. `changed` is false when every result is the one of the last run.
 */
export class FieldResults<R> {
  private memo = new FieldMemo<R>();
  private context = '';
  private parts = new WeakMap<object, { key: readonly unknown[]; items: R[] }>();
  private sequence: R[][] = [];

  run(fw: Framework, compute: (id: string, kind: ElementKind, field: FieldName, value: BiText) => R, context = ''): { items: R[]; changed: boolean } {
    if (context !== this.context) {
      this.memo = new FieldMemo<R>();
      this.parts = new WeakMap();
      this.context = context;
    }
    const sequence: R[][] = [];
    for (const part of partsOf(fw)) {
      const hit = this.parts.get(part.key[0]);
      if (hit && hit.key.length === part.key.length && hit.key.every((x, j) => x === part.key[j])) {
        sequence.push(hit.items);
        continue;
      }
      const items: R[] = [];
      part.walk((id, kind, field, value) => items.push(this.memo.get(value, id, field, () => compute(id, kind, field, value))));
      this.parts.set(part.key[0], { key: part.key, items });
      sequence.push(items);
    }
    const previous = this.sequence;
    const changed = sequence.length !== previous.length || sequence.some((items, i) => items !== previous[i]);
    this.sequence = sequence;
    const items: R[] = [];
    if (changed) for (const part of sequence) for (const r of part) items.push(r);
    return { items, changed };
  }
}

/**
 * Results memoised per field value object: the patch engine shares untouched subtrees, so a field
 * whose object is the same as last time has the same findings. The element id and field name are
 * part of the key too (a moved or re-identified element can keep its text object).
 */
export class FieldMemo<R> {
  private readonly map = new WeakMap<object, { id: string; field: string; result: R }>();

  get(value: object, id: string, field: string, compute: () => R): R {
    const hit = this.map.get(value);
    if (hit && hit.id === id && hit.field === field) return hit.result;
    const result = compute();
    this.map.set(value, { id, field, result });
    return result;
  }
}

/** Memo keyed by one or two objects' identity (e.g. a component and its action-plan rows). */
export class PairMemo<A extends object, B extends object, R> {
  private readonly map = new WeakMap<A, WeakMap<B, R>>();

  /** The remembered result, when `valid` accepts it; else computes and remembers a new one. */
  get(a: A, b: B, compute: () => R, valid: (hit: R) => boolean = () => true): R {
    let inner = this.map.get(a);
    if (!inner) {
      inner = new WeakMap();
      this.map.set(a, inner);
    }
    const hit = inner.get(b);
    if (hit !== undefined && valid(hit)) return hit;
    const result = compute();
    inner.set(b, result);
    return result;
  }
}

/**
 * Gathers per-element result arrays in order and flattens them, returning last run's flat array
 * when every part is the same object as last time: a re-check that changed nothing allocates nothing.
 */
export class Collector<T> {
  private parts: T[][] = [];
  private previousParts: T[][] = [];
  private previousOut: T[] = [];

  add(part: T[]): void {
    if (part.length) this.parts.push(part);
  }

  finish(): T[] {
    const parts = this.parts;
    const prev = this.previousParts;
    let same = parts.length === prev.length;
    for (let i = 0; same && i < parts.length; i++) same = parts[i] === prev[i];
    if (!same) {
      const out: T[] = [];
      for (const p of parts) for (const x of p) out.push(x);
      this.previousOut = out;
    }
    this.previousParts = parts;
    this.parts = [];
    return this.previousOut;
  }
}
