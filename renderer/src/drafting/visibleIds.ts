import { indexElements, type ElementRef } from '../../../shared/model/elements';
import type { Framework } from '../../../shared/model/framework';
import { elementsMatching } from '../../../shared/model/statusFilter';
import type { DraftingFilter } from './filterContext';

/**
 * The elements a filter keeps, with their ancestors (so a view can show the path to them); null
 * when nothing is filtered. Carried over and a status together keep what matches both.
 */
export function visibleIds(fw: Framework, filter: DraftingFilter, index: ReadonlyMap<string, ElementRef> = indexElements(fw)): Set<string> | null {
  if (!filter.carriedOver && filter.status === null) return null;
  const elements = [...index.values()];
  let keep: Set<string> | null = null;
  if (filter.carriedOver) {
    keep = new Set();
    for (const pc of fw.actionPlan.components) {
      for (const action of pc.actions) {
        for (const activity of action.activities) {
          if (activity.carriedOver !== true) continue;
          for (let cur = index.get(activity.id); cur && !keep.has(cur.id); cur = cur.parentId ? index.get(cur.parentId) : undefined) keep.add(cur.id);
        }
      }
    }
  }
  if (filter.status !== null) {
    const byStatus = elementsMatching(fw, filter.status, elements);
    keep = keep === null ? byStatus : new Set([...keep].filter((id) => byStatus.has(id)));
  }
  return keep;
}
