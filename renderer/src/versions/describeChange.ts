import type { TFunction } from 'i18next';
import type { Change, ElementSummary, Place } from '../../../shared/versions/compare';

/**
 * Words for a change of the compare result ("Activity 2-3 moved from Component 1 › Action 2 to
 * Component 3 › Action 1"). The result is codes and data (shared/versions/compare.ts); the words
 * live in the locale files.
 */

/** An element as a reader names it: its label, else its kind and first words. */
const SINGLETONS = new Set(['metadata', 'publisher', 'contents', 'actionPlanColumns', 'notes', 'annex']);

export function describeElement(t: TFunction, e: ElementSummary): string {
  if (SINGLETONS.has(e.kind)) return t(`versions.kind.${e.kind}`);
  if (e.label && (e.kind === 'component' || e.kind === 'planComponent' || e.kind === 'action' || e.kind === 'activity')) return e.label;
  const kind = t(`versions.kind.${e.kind}`);
  if (e.label) return `${kind} ${e.label}`;
  return e.excerpt ? `${kind} “${e.excerpt}”` : kind;
}

/** Where an element is: its two nearest labelled ancestors ("Component 3 › Action 2"). */
export function describePlace(t: TFunction, p: Place): string {
  const labelled = p.ancestors.filter((a) => a.label !== null || a.kind === 'annex' || a.kind === 'priorityArea');
  const near = labelled.slice(-2);
  if (near.length === 0) return p.ancestors.length ? describeElement(t, p.ancestors.at(-1)!) : t('versions.change.top');
  return near.map((a) => describeElement(t, a)).join(' › ');
}

function attributeName(t: TFunction, name: string): string {
  const last = name.split('.').at(-1)!;
  const known = t(`versions.attribute.${last}` as 'versions.attribute.label', { defaultValue: '' });
  return known || name;
}

/** A non-text value as a reader expects it: a period as "2021-2025", a flag as yes/no, text unquoted. */
function formatValue(t: TFunction, json: string | undefined): string {
  if (json === undefined) return t('versions.change.absent');
  const v: unknown = JSON.parse(json);
  if (v === null || v === false) return v === false ? t('versions.value.no') : t('versions.change.absent');
  if (v === true) return t('versions.value.yes');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') return `${o.start}-${o.end}`;
  if (Array.isArray(o.mainActivityIds)) return (o.mainActivityIds as string[]).join(', ') || t('versions.change.absent');
  return json;
}

export function describeChange(t: TFunction, c: Change): string {
  const what = describeElement(t, c.element);
  switch (c.type) {
    case 'added':
      return c.descendants ? t('versions.change.addedWith', { what, count: c.descendants }) : t('versions.change.added', { what });
    case 'removed':
      return c.descendants ? t('versions.change.removedWith', { what, count: c.descendants }) : t('versions.change.removed', { what });
    case 'moved': {
      const renamed = c.oldLabel !== null && c.oldLabel !== c.element.label;
      const old = renamed ? describeElement(t, { ...c.element, label: c.oldLabel }) : what;
      if (c.reorder) {
        const parent = describePlace(t, c.to);
        return renamed
          ? t('versions.change.reorderedRenamed', { what, old, parent })
          : t('versions.change.reordered', { what, parent, fromIndex: c.from.index + 1, toIndex: c.to.index + 1 });
      }
      const from = describePlace(t, c.from);
      const to = describePlace(t, c.to);
      return renamed ? t('versions.change.movedRenamed', { what, old, from, to }) : t('versions.change.moved', { what, from, to });
    }
    case 'text':
      return t('versions.change.text', { what, field: t(`versions.field.${c.field}`), lang: t(`versions.lang.${c.lang}`) });
    case 'status': {
      const field = t(`versions.field.${c.field}`);
      const lang = t(`versions.lang.${c.lang}`);
      if (c.before.status === c.after.status) return t('versions.change.basis', { what, field, lang });
      return t('versions.change.status', { what, field, lang, before: t(`versions.status.${c.before.status}`), after: t(`versions.status.${c.after.status}`) });
    }
    case 'attribute': {
      const show = (v: string | undefined) => formatValue(t, v);
      return t('versions.change.attribute', { what, name: attributeName(t, c.name), before: show(c.before), after: show(c.after) });
    }
  }
}
