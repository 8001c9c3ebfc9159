import type { Component, ListBlock } from '../../model/framework';
import { componentLabel, listItemLabel } from '../../model/labels';
import { finding, type Finding, type Severity } from '../finding';
import { eachOf, type RuleDefinition } from '../rule';
import { contentTokens, type TokenMemo } from '../text';
import { findRoleList } from './names';

/**
 * Objectives and components: each objective of section 3.2 is served by at least one component.
 * "Served" is judged from the words: the share of an objective's content words that a
 * component's title, narrative and main activities use. An objective no component speaks to
 * is a gap in the strategy (or an objective to drop).
 */
export const OBJECTIVE_CODES = {
  'objective-unserved': 'warning',
} as const satisfies Record<string, Severity>;

/** An objective counts as served by a component using at least this share of its content words. */
export const OBJECTIVE_MIN_SHARE = 0.4;

function componentWords(c: Component, acronyms: ReadonlyMap<string, string[]>, tokens?: TokenMemo): Set<string> {
  // Added straight into the set, in the same order as before (no concatenated word list).
  const out = new Set<string>();
  const add = (t: { en: { text: string } }) => {
    for (const w of tokens ? tokens.get(t, acronyms) : contentTokens(t.en.text, acronyms)) out.add(w);
  };
  add(c.title);
  for (const p of c.paragraphs) add(p.text);
  for (const m of c.mainActivities) add(m.text);
  return out;
}

/** For each objective, the best-serving component and the share of the objective's words it uses. */
export function objectiveService(
  objectives: ListBlock,
  components: readonly Component[],
  acronyms: ReadonlyMap<string, string[]> = new Map(),
  tokens?: TokenMemo,
  wordsOf: (c: Component) => Set<string> = (c) => componentWords(c, acronyms, tokens),
) {
  const words = components.map(wordsOf);
  return objectives.items.map((o) => {
    const own = new Set(tokens ? tokens.get(o.text, acronyms) : contentTokens(o.text.en.text, acronyms));
    let best = -1;
    let share = 0;
    words.forEach((w, i) => {
      if (own.size === 0) return;
      let n = 0;
      for (const t of own) if (w.has(t)) n++;
      if (n / own.size > share) {
        share = n / own.size;
        best = i;
      }
    });
    return { objective: o, componentIndex: best, share: Math.round(share * 100) / 100, words: own.size };
  });
}

/** The objectives no component serves with at least {@link OBJECTIVE_MIN_SHARE} of their words. */
function unservedObjectives(list: ListBlock, components: readonly Component[], acronyms: ReadonlyMap<string, string[]>, tokens: TokenMemo): Finding[] {
  return objectiveService(list, components, acronyms, tokens).flatMap((s, i) =>
    s.words > 0 && s.share < OBJECTIVE_MIN_SHARE
      ? [
          finding({
            code: 'objective-unserved',
            severity: 'warning',
            family: 'objectives',
            elementIds: [s.objective.id],
            field: 'text',
            data: {
              objective: s.objective.label ?? listItemLabel(list.style, i),
              best: s.componentIndex >= 0 ? (components[s.componentIndex].label ?? componentLabel(s.componentIndex)) : '',
              share: s.share,
            },
          }),
        ]
      : [],
  );
}

export const objectivesRule: RuleDefinition = {
  id: 'objectives',
  family: 'objectives',
  codes: OBJECTIVE_CODES,
  steps: [
    eachOf(
      (input, derived) => {
        const list = findRoleList(input.framework.sections, 'objectives');
        return list ? [[list, { components: input.framework.components, acronyms: derived.acronyms, tokens: derived.tokens }] as const] : [];
      },
      (list: ListBlock, context: { components: readonly Component[]; acronyms: ReadonlyMap<string, string[]>; tokens: TokenMemo }) => unservedObjectives(list, context.components, context.acronyms, context.tokens),
    ),
  ],
};
