import { LANGUAGES, type BiText } from '../../model/bilingual';
import type { ListBlock, Section } from '../../model/framework';
import { componentLabel } from '../../model/labels';
import type { FieldName } from '../../model/elements';
import { finding, type Finding, type Severity } from '../finding';
import { eachField, eachOf, type Derived, type RuleDefinition } from '../rule';
import { normalizeName } from '../text';

/**
 * Names across places: a component's title as listed in section 4, as its own heading and as the
 * action plan's focus; components and objectives referred to by number, or counted in words,
 * that the document does not have.
 */
export const NAME_CODES = {
  'name-list-mismatch': 'warning',
  'name-focus-mismatch': 'warning',
  'name-list-count': 'warning',
  'name-count-word': 'warning',
  'name-reference-missing': 'error',
} as const satisfies Record<string, Severity>;

/** The first list with `role` anywhere in the sections (document order). */
export function findRoleList(sections: readonly Section[], role: ListBlock['role']): ListBlock | null {
  for (const s of sections) {
    for (const b of s.blocks) if (b.type === 'list' && b.role === role) return b;
    const inner = findRoleList(s.subsections, role);
    if (inner) return inner;
  }
  return null;
}

/** Languages in which both texts are written, compared as names. */
function differingLanguages(a: BiText, b: BiText): Array<{ lang: 'en' | 'zh'; a: string; b: string }> {
  const out: Array<{ lang: 'en' | 'zh'; a: string; b: string }> = [];
  for (const lang of LANGUAGES) {
    const x = a[lang].text.trim();
    const y = b[lang].text.trim();
    if (!x || !y) continue;
    if (normalizeName(x) !== normalizeName(y)) out.push({ lang, a: x, b: y });
  }
  // The Chinese differing as well is the same finding: report it only when the English agrees.
  return out.length === 2 ? out.slice(0, 1) : out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ZH_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

interface Mention {
  kind: 'component' | 'objective';
  /** A number written as a reference ("Component 5") or a count ("four components"). */
  type: 'reference' | 'count';
  number: number;
  written: string;
  lang: 'en' | 'zh';
}

const EN_REFERENCE = /\b(Component|Objective)\s+(\d{1,3})\b/g;
const EN_COUNT = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:main\s+|strategic\s+|key\s+)?(components|objectives)\b/gi;
const ZH_REFERENCE = /(组成部分|目标)\s*(\d{1,3})(?![\d年])/g;
const ZH_COUNT = /([一二两三四五六七八九十]|\d{1,2})\s*个\s*(组成部分|目标)/g;

/** Numbered mentions of components and objectives in one field's text. */
export function findMentions(value: BiText): Mention[] {
  return mentionsIn(value.en.text, value.zh.text);
}

/** {@link findMentions} of a field's English and Chinese texts (fields with the same texts have the same mentions). */
function mentionsIn(en: string, zh: string): Mention[] {
  const out: Mention[] = [];
  // Most fields mention neither: a plain substring test spares four regular expressions.
  if (!/omponent|bjective/i.test(en) && !zh.includes('组成部分') && !zh.includes('目标')) return out;
  for (const m of en.matchAll(EN_REFERENCE)) out.push({ kind: m[1] === 'Component' ? 'component' : 'objective', type: 'reference', number: Number(m[2]), written: m[0], lang: 'en' });
  for (const m of en.matchAll(EN_COUNT)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    out.push({ kind: m[2].toLowerCase() === 'components' ? 'component' : 'objective', type: 'count', number: n, written: m[0], lang: 'en' });
  }
  for (const m of zh.matchAll(ZH_REFERENCE)) out.push({ kind: m[1] === '组成部分' ? 'component' : 'objective', type: 'reference', number: Number(m[2]), written: m[0], lang: 'zh' });
  for (const m of zh.matchAll(ZH_COUNT)) out.push({ kind: m[2] === '组成部分' ? 'component' : 'objective', type: 'count', number: ZH_NUMERALS[m[1]] ?? Number(m[1]), written: m[0], lang: 'zh' });
  return out;
}

/**
 * Findings of one field's mentions, given how many components and objectives there are: one
 * finding per code and language, listing what is written (a finding's key names the field, so
 * two slips in one field are one finding with both).
 */
function mentionFindings(id: string, field: FieldName, mentions: readonly Mention[], counts: Record<Mention['kind'], number>): Finding[] {
  const groups = new Map<string, { code: 'name-reference-missing' | 'name-count-word'; lang: 'en' | 'zh'; written: string[] }>();
  for (const m of mentions) {
    const actual = counts[m.kind];
    const code = m.type === 'reference' && (m.number < 1 || m.number > actual) ? 'name-reference-missing' : m.type === 'count' && m.number !== actual ? 'name-count-word' : null;
    if (!code) continue;
    const key = `${code}|${m.lang}`;
    const g = groups.get(key) ?? { code, lang: m.lang, written: [] };
    if (!g.written.includes(m.written)) g.written.push(m.written);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) =>
    finding({ code: g.code, severity: NAME_CODES[g.code], family: 'names', elementIds: [id], field, lang: g.lang, data: { written: g.written, components: counts.component, objectives: counts.objective } }),
  );
}

const NONE: Finding[] = [];

/** A place naming a component (a list item, a focus) compared with its title, or the list against the count. */
type NamePlace =
  | { code: 'name-list-mismatch' | 'name-focus-mismatch'; id: string; componentId: string; component: string; title: BiText }
  | { code: 'name-list-count'; id: string; listed: number; components: number };

/** The findings of one place: `part` is the text naming the component (or the list, for the count). */
function namePlaceFindings(part: object, place: NamePlace): Finding[] {
  if (place.code === 'name-list-count') {
    return [finding({ code: 'name-list-count', severity: 'warning', family: 'names', elementIds: [place.id], data: { listed: place.listed, components: place.components } })];
  }
  const { code, id, componentId, component, title } = place;
  return differingLanguages(part as BiText, title).map((d) =>
    finding({
      code,
      severity: NAME_CODES[code],
      family: 'names',
      elementIds: [id, componentId],
      field: code === 'name-list-mismatch' ? 'text' : 'focus',
      lang: d.lang,
      data: code === 'name-list-mismatch' ? { component, listed: d.a, title: d.b } : { component, focus: d.a, title: d.b },
    }),
  );
}

export const namesRule: RuleDefinition = {
  id: 'names',
  family: 'names',
  codes: NAME_CODES,
  steps: [
    // Each component's name as listed in section 4 and as the action plan's focus, against its title.
    eachOf(
      function* (input) {
        const fw = input.framework;
        const list = findRoleList(fw.sections, 'components');
        const label = (i: number) => fw.components[i].label ?? componentLabel(i);
        if (list) {
          for (let i = 0; i < list.items.length && i < fw.components.length; i++) {
            const item = list.items[i];
            const c = fw.components[i];
            yield [item.text, { code: 'name-list-mismatch', id: item.id, componentId: c.id, component: label(i), title: c.title }] as const;
          }
          if (list.items.length !== fw.components.length) yield [list, { code: 'name-list-count', id: list.id, listed: list.items.length, components: fw.components.length }] as const;
        }
        const indexOf = new Map(fw.components.map((c, i) => [c.id, i]));
        for (const pc of fw.actionPlan.components) {
          const i = indexOf.get(pc.componentId);
          if (i === undefined) continue;
          const c = fw.components[i];
          yield [pc.focus, { code: 'name-focus-mismatch', id: pc.id, componentId: c.id, component: label(i), title: c.title }] as const;
        }
      },
      (part: object, context: NamePlace) => namePlaceFindings(part, context),
      (input) => [input.framework.sections, input.framework.components, input.framework.actionPlan.components],
    ),
    // Components and objectives mentioned by a number the document does not have.
    eachField<Finding[], Finding[], Record<Mention['kind'], number> & Pick<Derived, 'pair'>>({
      reads: (input, derived) => ({
        component: input.framework.components.length,
        objective: findRoleList(input.framework.sections, 'objectives')?.items.length ?? 0,
        pair: derived.pair,
      }),
      check: (f, context) => {
        // The mentions of each distinct pair of texts (a document repeats its texts), read once.
        const found = context.pair(mentionsIn, f.value.en.text, f.value.zh.text);
        return found.length ? mentionFindings(f.id, f.field, found, context) : NONE;
      },
    }),
  ],
};
