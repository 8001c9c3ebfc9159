import type { Language } from '../model/bilingual';
import { listElements } from '../model/elements';
import type { Framework } from '../model/framework';
import type { FieldName } from '../model/elements';
import { sha256Hex } from './sha256';

/**
 * Word bookmarks that carry an element, a field and a language through a review .docx. Bookmark
 * names are limited (40 characters, letters, digits and `_`), and element ids may be longer or use
 * `-` and `.`, so the name is a short hash of `elementId|field|lang`; reading back recomputes the
 * hashes of the current document's fields (ids are stable, so this survives edits and moves).
 */
export const BOOKMARK_PREFIX = 'acec_';

export interface FieldTarget {
  elementId: string;
  field: FieldName;
  lang: Language;
}

export function bookmarkName(t: FieldTarget): string {
  return BOOKMARK_PREFIX + sha256Hex(`${t.elementId}|${t.field}|${t.lang}`).slice(0, 20);
}

/** Every field of the framework by its bookmark name. */
export function bookmarkTargets(fw: Framework): Map<string, FieldTarget> {
  const out = new Map<string, FieldTarget>();
  for (const e of listElements(fw)) {
    for (const f of e.fields) {
      for (const lang of ['en', 'zh'] as const) {
        const t = { elementId: e.id, field: f.name, lang };
        out.set(bookmarkName(t), t);
      }
    }
  }
  return out;
}
