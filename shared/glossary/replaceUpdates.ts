import { LANGUAGES, type Language } from '../model/bilingual';
import { type GlossaryTerm } from '../model/glossary';
import { GlossaryMatcher, normaliseChinese } from '../model/glossaryMatcher';
import { queryPattern, type SearchMatch, type SearchQuery } from '../search/findReplace';

/** A glossary entry whose words a replace-all changed in the text, and the entry as it would read after. */
export interface TermUpdate {
  term: GlossaryTerm;
  /** The entry with the same replacement made in its English and/or agreed Chinese. */
  next: GlossaryTerm;
  /** The languages of the entry that change. */
  langs: Language[];
}

/**
 * The glossary entries a replace-all has made out of date: those whose English (or agreed
 * Chinese) the query finds, used in a text the replace-all changed (by the matcher's rules in
 * English, as written in Chinese). Each is proposed with the same replacement made in the entry;
 * an agreed Chinese that is replaced is kept as a variant not to use, so the terminology check
 * names the places still writing it. `matches` are the replace-all's matches, taken before it.
 */
export function termUpdatesAfterReplace(glossary: readonly GlossaryTerm[], matches: readonly SearchMatch[], q: SearchQuery, replacement: string): TermUpdate[] {
  const re = queryPattern(q);
  if (!re) return [];
  const changed: Record<Language, Set<string>> = { en: new Set(), zh: new Set() };
  for (const m of matches) changed[m.lang].add(m.text);
  const replaced = (words: string): string | null => {
    re.lastIndex = 0;
    if (!re.test(words)) return null;
    re.lastIndex = 0;
    const next = words.replace(re, () => replacement).trim();
    return next === words || next === '' ? null : next;
  };
  const usedIn = (term: GlossaryTerm, lang: Language): boolean => {
    if (lang === 'zh') {
      const zh = normaliseChinese(term.zh);
      for (const text of changed.zh) if (normaliseChinese(text).includes(zh)) return true;
      return false;
    }
    const matcher = new GlossaryMatcher([{ id: term.id, en: term.en, zh: term.zh }]);
    for (const text of changed.en) if (matcher.occurrences(text).length > 0) return true;
    return false;
  };
  const out: TermUpdate[] = [];
  for (const term of glossary) {
    let next: GlossaryTerm = term;
    const langs: Language[] = [];
    for (const lang of q.langs ?? LANGUAGES) {
      if (changed[lang].size === 0) continue;
      const words = replaced(lang === 'en' ? term.en : term.zh);
      if (words === null || !usedIn(term, lang)) continue;
      langs.push(lang);
      if (lang === 'en') next = { ...next, en: words };
      else {
        // The old rendering becomes one not to use, unless it contains the new one (a variant may not).
        const keep = !normaliseChinese(term.zh).includes(normaliseChinese(words));
        next = { ...next, zh: words, ...(keep ? { variants: [...new Set([...(term.variants ?? []), term.zh])] } : {}) };
      }
    }
    if (langs.length > 0) out.push({ term, next, langs });
  }
  return out;
}
