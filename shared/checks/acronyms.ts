import type { Framework, Section } from '../model/framework';
import { findAcronyms } from './text';

/**
 * The acronyms a framework defines for itself ("… Sharing Platform (EISP)"), read from its
 * sections and components. Memoised on those two subtrees, and the previous map is returned
 * when nothing changed in it, so what is keyed on the map stays cached while the user types.
 */
export class AcronymCache {
  private sections: unknown = null;
  private components: unknown = null;
  private current: ReadonlyMap<string, string[]> = new Map();

  get(fw: Framework): ReadonlyMap<string, string[]> {
    if (fw.sections === this.sections && fw.components === this.components) return this.current;
    this.sections = fw.sections;
    this.components = fw.components;
    const next = new Map<string, string[]>();
    const walk = (ss: readonly Section[]) => {
      for (const s of ss) {
        for (const b of s.blocks) {
          if (b.type === 'paragraph') findAcronyms(b.text.en.text, next);
          else if (b.type === 'list') for (const it of b.items) findAcronyms(it.text.en.text, next);
        }
        walk(s.subsections);
      }
    };
    walk(fw.sections);
    for (const c of fw.components) {
      for (const p of c.paragraphs) findAcronyms(p.text.en.text, next);
      for (const m of c.mainActivities) findAcronyms(m.text.en.text, next);
    }
    if (!sameMap(next, this.current)) this.current = next;
    return this.current;
  }
}

function sameMap(a: ReadonlyMap<string, string[]>, b: ReadonlyMap<string, string[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.join(' ') !== v.join(' ')) return false;
  }
  return true;
}
