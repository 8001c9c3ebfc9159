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

/** A walked part: its key, and per field (in walk order) the value object, id, field name and result. */
interface WalkedPart<R> {
  key: readonly unknown[];
  values: object[];
  ids: string[];
  fields: string[];
  items: R[];
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, j) => x === b[j]);

/**
 * One result per field over the whole document, in document order, as one array per part: parts
 * of the framework whose objects did not change are not walked again (their array is the same
 * object as last time), and in a part that is walked again each field whose value object, id and
 * name are those at the same place last time keeps its result. `context` is whatever else the
 * results depend on (e.g. counts); a new context recomputes everything. `compute` is given the
 * field's previous result when its value changed in place (same id and name at the same place).
 * `changed` is false when every part is the one of the last run.
 *
 * Results are matched by position, not in a WeakMap per value: a full check then allocates no
 * weak entries (costly to create and to collect), and an edit keeps every other position.
 */
export class FieldResults<R> {
  private context = '';
  private parts = new WeakMap<object, WalkedPart<R>>();
  private sequence: Array<WalkedPart<R>> = [];

  run(fw: Framework, compute: (id: string, kind: ElementKind, field: FieldName, value: BiText, before?: R) => R, context = ''): { parts: R[][]; changed: boolean } {
    if (context !== this.context) {
      this.parts = new WeakMap();
      this.sequence = [];
      this.context = context;
    }
    const previous = this.sequence;
    // Listed afresh each run (a hundred small objects): a framework changed in place lists its new parts.
    const all = partsOf(fw);
    const sequence: Array<WalkedPart<R>> = new Array(all.length);
    let changed = all.length !== previous.length;
    for (let i = 0; i < all.length; i++) {
      const part = all[i];
      const hit = this.parts.get(part.key[0]);
      if (hit && sameKey(hit.key, part.key)) {
        sequence[i] = hit;
        if (hit !== previous[i]) changed = true;
        continue;
      }
      changed = true;
      // The part as it was at this place last time (the same part before the edit, usually).
      const before = previous[i];
      const walked: WalkedPart<R> = { key: part.key, values: [], ids: [], fields: [], items: [] };
      let j = 0;
      part.walk((id, kind, field, value) => {
        const same = before !== undefined && before.ids[j] === id && before.fields[j] === field;
        walked.values.push(value);
        walked.ids.push(id);
        walked.fields.push(field);
        // An edited field gets its result at this place last time too: a rule may keep it when equal.
        walked.items.push(same && before.values[j] === value ? before.items[j] : compute(id, kind, field, value, same ? before.items[j] : undefined));
        j++;
      });
      this.parts.set(part.key[0], walked);
      sequence[i] = walked;
    }
    this.sequence = sequence;
    return { parts: sequence.map((p) => p.items), changed };
  }
}

/**
 * A value derived from each part's results (e.g. its findings flattened), remembered per part:
 * a re-check derives it again only for the parts that were walked again.
 */
export class PerPart<R, T> {
  private readonly memo = new WeakMap<R[], T>();

  constructor(private readonly derive: (items: R[]) => T) {}

  of(items: R[]): T {
    let hit = this.memo.get(items);
    if (hit === undefined) {
      hit = this.derive(items);
      this.memo.set(items, hit);
    }
    return hit;
  }
}

/** Each part's results flattened (arrays of findings per field), concatenated in order; the previous array when nothing changed. */
export class FlatResults<T> {
  private readonly flat = new PerPart<T[], T[]>((items) => {
    const out: T[] = [];
    for (const r of items) for (const x of r) out.push(x);
    return out;
  });
  private readonly out = new Collector<T>();

  of(parts: ReadonlyArray<T[][]>): T[] {
    for (const p of parts) this.out.add(this.flat.of(p));
    return this.out.finish();
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
