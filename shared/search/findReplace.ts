import { LANGUAGES, type Language } from '../model/bilingual';
import { indexElements, listElements, type ElementKind, type FieldName } from '../model/elements';
import type { Framework } from '../model/framework';
import { editTextPatches, editTextsPatches, locateField } from '../model/operations/text';
import type { Operation } from '../model/operations/types';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';

/** What to look for. An empty query finds nothing. */
export interface SearchQuery {
  text: string;
  caseSensitive?: boolean;
  /** Match whole words only (Latin letters and digits; Chinese has no word spaces, so it is unaffected). */
  wholeWord?: boolean;
  /** Which languages to search; both when omitted. */
  langs?: readonly Language[];
}

/** One occurrence: where it is, addressed as every feature addresses text, and the span in the field's text. */
export interface SearchMatch {
  elementId: string;
  kind: ElementKind;
  field: FieldName;
  lang: Language;
  start: number;
  end: number;
  /** The whole text of the field (for showing context). */
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern for a query, or null when the query is empty. Case-insensitive search ignores case in both scripts' Latin parts. */
export function queryPattern(q: SearchQuery): RegExp | null {
  if (q.text === '') return null;
  let source = escapeRegExp(q.text);
  if (q.wholeWord) source = `(?<![\\p{L}\\p{N}_])${source}(?![\\p{L}\\p{N}_])`;
  return new RegExp(source, `gu${q.caseSensitive ? '' : 'i'}`);
}

/** Every match in document order (element by element, English before Chinese). */
export function findMatches(fw: Framework, q: SearchQuery): SearchMatch[] {
  const re = queryPattern(q);
  if (!re) return [];
  const langs = q.langs ?? LANGUAGES;
  const out: SearchMatch[] = [];
  for (const el of listElements(fw)) {
    for (const f of el.fields) {
      for (const lang of langs) {
        const text = f.value[lang].text;
        if (!text) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          out.push({ elementId: el.id, kind: el.kind, field: f.name, lang, start: m.index, end: m.index + m[0].length, text });
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
  }
  return out;
}

/** A language a change flagged "needs review" (its other language was rewritten), in document order. */
export interface FlaggedLanguage {
  elementId: string;
  field: FieldName;
  lang: Language;
}

/**
 * Replace every match with `replacement` as one undoable change. The replacement is literal (no
 * `$1` patterns). Each changed language follows the editing rules (a confirmed text becomes a
 * draft; the other language's confirmation becomes stale by computation). `flagged` lists the
 * languages the change marked "needs review", for the UI to offer reviewing them; `matches`
 * what was found (before the change).
 */
export function replaceAll(project: Project, q: SearchQuery, replacement: string): Operation & { count: number; flagged: FlaggedLanguage[]; matches: SearchMatch[] } {
  const matches = findMatches(project.framework, q);
  const re = queryPattern(q)!;
  // One change per field, with both languages together when both matched (so neither is flagged
  // for review because of the other: both were just rewritten).
  const index = indexElements(project.framework);
  const fields = new Map<string, { elementId: string; field: SearchMatch['field']; texts: Partial<Record<Language, string>> }>();
  for (const m of matches) {
    const key = `${m.elementId}\u0000${m.field}`;
    const entry = fields.get(key) ?? { elementId: m.elementId, field: m.field, texts: {} };
    fields.set(key, entry);
    if (entry.texts[m.lang] !== undefined) continue;
    const f = locateField(project, m.elementId, m.field, index);
    re.lastIndex = 0;
    entry.texts[m.lang] = f.value[m.lang].text.replace(re, () => replacement);
  }
  const patches: Patch[] = [];
  const flagged: FlaggedLanguage[] = [];
  for (const e of fields.values()) {
    const f = locateField(project, e.elementId, e.field, index);
    const made = editTextsPatches(f.path, f.value, e.texts);
    patches.push(...made);
    for (const p of made) {
      const lang = p.path[p.path.length - 1];
      if (p.op === 'replace' && (lang === 'en' || lang === 'zh') && (p.value as { needsReview?: boolean }).needsReview === true) flagged.push({ elementId: e.elementId, field: e.field, lang });
    }
  }
  return { label: 'replaceAll', patches, count: matches.length, flagged, matches };
}

/** Replace one match, if the text there is still what was found (otherwise nothing changes). */
export function replaceOne(project: Project, match: Pick<SearchMatch, 'elementId' | 'field' | 'lang' | 'start' | 'end'>, q: SearchQuery, replacement: string): Operation {
  const f = locateField(project, match.elementId, match.field);
  const text = f.value[match.lang].text;
  const found = text.slice(match.start, match.end);
  const re = queryPattern(q);
  const still = re ? new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(found) : false;
  if (!still) return { label: 'editText', patches: [] };
  return { label: 'editText', patches: editTextPatches(f.path, f.value, match.lang, text.slice(0, match.start) + replacement + text.slice(match.end)) };
}
