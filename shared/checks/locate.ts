import type { Language } from '../model/bilingual';
import { listElements } from '../model/elements';
import type { Framework } from '../model/framework';
import { computeLabels } from '../model/labels';

/**
 * Where an element is, for people: the printed labels of it and its ancestors
 * ("6. › Component 2 › Action 1 › Activity 1-1"), or "" for an element with none (a paragraph),
 * in `lang` ("6. › 组成部分2 › 行动1 › 活动1-1").
 */
export function elementLocator(fw: Framework, lang: Language = 'en'): (id: string) => string {
  const labels = computeLabels(fw, lang);
  const parents = new Map(listElements(fw).map((e) => [e.id, e.parentId]));
  return (id) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) {
      const label = labels.get(at)?.label;
      if (label) chain.unshift(label);
    }
    return chain.join(' › ');
  };
}

/** Each element's parent id (null at the top), for rolling findings up to the nodes an outline shows. */
export function elementParents(fw: Framework): Map<string, string | null> {
  return new Map(listElements(fw).map((e) => [e.id, e.parentId]));
}
