import type { Language } from '../model/bilingual';
import { elementParentIds } from '../model/elements';
import type { Framework } from '../model/framework';
import { computeLabels, type Labels } from '../model/labels';
import { perObject } from '../model/perPart';

/** A locator per labels map and parents map: the same function while neither changed (typing changes neither). */
const locatorFor = perObject((labels: Labels) =>
  perObject((parents: ReadonlyMap<string, string | null>) => (id: string): string => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) {
      const label = labels.get(at)?.label;
      if (label) chain.unshift(label);
    }
    return chain.join(' › ');
  }),
);

/**
 * Where an element is, for people: the printed labels of it and its ancestors
 * ("6. › Component 2 › Action 1 › Activity 1-1"), or "" for an element with none (a paragraph),
 * in `lang` ("6. › 组成部分2 › 行动1 › 活动1-1"). The same function across revisions while no
 * label and no parent changed, so rows given it need not re-render.
 */
export function elementLocator(fw: Framework, lang: Language = 'en'): (id: string) => string {
  return locatorFor(computeLabels(fw, lang))(elementParentIds(fw));
}

/** Each element's parent id (null at the top), for rolling findings up to the nodes an outline shows. */
export function elementParents(fw: Framework): ReadonlyMap<string, string | null> {
  return elementParentIds(fw);
}
