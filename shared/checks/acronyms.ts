import type { Framework, Section } from '../model/framework';
import { StringMemo } from './memo';
import { findAcronyms } from './text';

const readDefinitions = (text: string) => findAcronyms(text);

/**
 * The acronyms a framework defines for itself ("… Sharing Platform (EISP)"), read from its
 * sections and components. Memoised on those two subtrees, and the previous map is returned
 * when nothing changed in it, so what is keyed on the map stays cached while the user types.
 */
export class AcronymCache {
  private sections: unknown = null;
  private components: unknown = null;
  private current: ReadonlyMap<string, string[]> = new Map();
  /**
   * Definitions per distinct text: editing one paragraph re-reads that paragraph only. Keyed by the
   * string, not the text object: no weak entry per paragraph for the collector to trace.
   */
  private readonly perText = new StringMemo<Map<string, string[]>>();

  private read(bi: { en: { text: string } }, into: Map<string, string[]>): void {
    const found = this.perText.get(bi.en.text, readDefinitions);
    // The first definition in document order wins, as in findAcronyms itself.
    for (const [k, v] of found) if (!into.has(k)) into.set(k, v);
  }

  get(fw: Framework): ReadonlyMap<string, string[]> {
    if (fw.sections === this.sections && fw.components === this.components) return this.current;
    this.sections = fw.sections;
    this.components = fw.components;
    const next = new Map<string, string[]>();
    const walk = (ss: readonly Section[]) => {
      for (const s of ss) {
        for (const b of s.blocks) {
          if (b.type === 'paragraph') this.read(b.text, next);
          else if (b.type === 'list') for (const it of b.items) this.read(it.text, next);
        }
        walk(s.subsections);
      }
    };
    walk(fw.sections);
    for (const c of fw.components) {
      for (const p of c.paragraphs) this.read(p.text, next);
      for (const m of c.mainActivities) this.read(m.text, next);
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
