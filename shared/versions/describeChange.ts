import type { Change, ElementSummary, Place } from './compare';

/**
 * Words for the changes of a compare result ("Activity 2-3 moved from Component 1 › Action 2 to
 * Component 3 › Action 1"). One wording logic for the app and the report: the app passes its
 * i18n `t` (keys under `versions.` in the locale files), the report its document words
 * (./reportWords.ts). Keys are relative: `kind.activity`, `change.moved`…
 */
export type Translate = ((key: string, vars?: Record<string, string | number>) => string) & {
  /** Labels in the words' language ("Activity 2-1" → "活动2-1"); as computed when absent. */
  label?: (label: string) => string;
};

const SINGLETONS = new Set(['metadata', 'publisher', 'contents', 'actionPlanColumns', 'notes', 'annex']);
const LABEL_IS_NAME = new Set(['component', 'planComponent', 'action', 'activity']);

/** An element as a reader names it: "Activity 2-3", "Section 2.1", "Paragraph “The ASEAN…”", "Cover". */
export function describeElement(tr: Translate, e: ElementSummary): string {
  const kind = tr(`kind.${e.kind}`);
  if (SINGLETONS.has(e.kind)) return kind;
  const label = e.label !== null && tr.label ? tr.label(e.label) : e.label;
  if (label && LABEL_IS_NAME.has(e.kind)) return label;
  if (label) return `${kind} ${label}`;
  return e.excerpt ? `${kind} “${e.excerpt}”` : kind;
}

/** Where an element is: its two nearest labelled ancestors ("Component 3 › Action 2"). */
export function describePlace(tr: Translate, p: Place): string {
  const labelled = p.ancestors.filter((a) => a.label !== null || a.kind === 'annex' || a.kind === 'priorityArea');
  const near = labelled.slice(-2);
  if (near.length === 0) return p.ancestors.length ? describeElement(tr, p.ancestors.at(-1)!) : tr('change.top');
  return near.map((a) => describeElement(tr, a)).join(' › ');
}

const KNOWN_ATTRIBUTES = new Set(['label', 'carriedOver', 'period', 'trace', 'style', 'role', 'edition', 'status', 'date', 'componentId', 'phone', 'fax', 'email', 'web']);

/** A non-text value as a reader expects it: a period as "2021-2025", a flag as yes/no, text unquoted. */
function formatValue(tr: Translate, json: string | undefined): string {
  if (json === undefined) return tr('change.absent');
  const v: unknown = JSON.parse(json);
  if (v === null) return tr('change.absent');
  if (typeof v === 'boolean') return tr(v ? 'value.yes' : 'value.no');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') return `${o.start}-${o.end}`;
  if (Array.isArray(o.mainActivityIds)) return (o.mainActivityIds as string[]).join(', ') || tr('change.absent');
  return json;
}

/** One line naming the change. */
export function describeChange(tr: Translate, c: Change): string {
  const what = describeElement(tr, c.element);
  switch (c.type) {
    case 'added':
      return c.descendants ? tr('change.addedWith', { what, count: c.descendants }) : tr('change.added', { what });
    case 'removed':
      return c.descendants ? tr('change.removedWith', { what, count: c.descendants }) : tr('change.removed', { what });
    case 'moved': {
      const renamed = c.oldLabel !== null && c.oldLabel !== c.element.label;
      const old = renamed ? describeElement(tr, { ...c.element, label: c.oldLabel }) : what;
      if (c.reorder) {
        const parent = describePlace(tr, c.to);
        return renamed
          ? tr('change.reorderedRenamed', { what, old, parent })
          : tr('change.reordered', { what, parent, fromIndex: c.from.index + 1, toIndex: c.to.index + 1 });
      }
      const from = describePlace(tr, c.from);
      const to = describePlace(tr, c.to);
      return renamed ? tr('change.movedRenamed', { what, old, from, to }) : tr('change.moved', { what, from, to });
    }
    case 'text':
      return tr('change.text', { what, field: tr(`field.${c.field}`), lang: tr(`lang.${c.lang}`) });
    case 'status': {
      const field = tr(`field.${c.field}`);
      const lang = tr(`lang.${c.lang}`);
      if (c.before.status === c.after.status) return tr('change.basis', { what, field, lang });
      return tr('change.status', { what, field, lang, before: tr(`status.${c.before.status}`), after: tr(`status.${c.after.status}`) });
    }
    case 'attribute': {
      const last = c.name.split('.').at(-1)!;
      const name = KNOWN_ATTRIBUTES.has(last) ? tr(`attribute.${last}`) : c.name;
      // A label override (typed or cleared) reads in the words' language like the labels around it.
      const value = (json: string | undefined) => {
        const text = formatValue(tr, json);
        return last === 'label' && tr.label && json !== undefined && typeof JSON.parse(json) === 'string' ? tr.label(text) : text;
      };
      return tr('change.attribute', { what, name, before: value(c.before), after: value(c.after) });
    }
  }
}
