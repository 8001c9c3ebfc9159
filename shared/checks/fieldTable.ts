import type { FieldPart } from './rule';
import type { WalkPart } from './walk';

/**
 * The fields of each walked part, listed once per run for every field step of every rule (six
 * rules read every field): each step used to walk the document itself, making a field object per
 * field and per step, 28,000 a full check at ten times the published size. Kept between runs by
 * the part's identity (its key objects, see walk.ts), so a re-check lists again only the part an
 * edit touched; and within that part a field whose id, kind, name and value object are unchanged
 * keeps its `FieldPart` object, so steps tell an unchanged field by identity alone.
 */
export type FieldList = readonly FieldPart[];

interface Listed {
  key: readonly unknown[];
  fields: FieldList;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export function createFieldLists(): { of(walk: readonly WalkPart[]): FieldList[] } {
  let byPart = new WeakMap<object, Listed>();
  let previous: Listed[] = [];
  return {
    of(walk) {
      const next = new WeakMap<object, Listed>();
      const listed: Listed[] = new Array(walk.length);
      const out: FieldList[] = new Array(walk.length);
      for (let i = 0; i < walk.length; i++) {
        const part = walk[i];
        let hit = byPart.get(part.key[0]) ?? next.get(part.key[0]);
        if (!hit || !sameKey(hit.key, part.key)) {
          // The part as it was at this place last time (the same part before the edit, usually).
          const before = previous[i]?.fields;
          const fields: FieldPart[] = [];
          part.walk((id, kind, field, value) => {
            const b = before?.[fields.length];
            fields.push(b !== undefined && b.value === value && b.id === id && b.field === field && b.kind === kind ? b : { id, kind, field, value });
          });
          hit = { key: part.key, fields };
        }
        next.set(part.key[0], hit);
        listed[i] = hit;
        out[i] = hit.fields;
      }
      // Only this run's parts are kept: a part removed from the document is forgotten.
      byPart = next;
      previous = listed;
      return out;
    },
  };
}
