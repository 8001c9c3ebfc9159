import type { ElementRef } from '../../../../shared/model/elements';
import type { Framework } from '../../../../shared/model/framework';
import type { computeLabels } from '../../../../shared/model/labels';
import type { NavigationTarget } from '../../navigation/NavigationContext';
import type { RowLabel } from '../ElementRow';

export type Labels = ReturnType<typeof computeLabels>;

/** What every editor page is given. */
export interface PageProps {
  fw: Framework;
  elements: ReadonlyMap<string, ElementRef>;
  labels: Labels;
  readOnly: boolean;
  navigate: (target: NavigationTarget) => void;
}

export function rowLabel(labels: Labels, id: string): RowLabel | undefined {
  const l = labels.get(id);
  return l ? { label: l.label, overridden: l.overridden } : undefined;
}

/** Index of an element in its list (the last step of its path). */
export function indexOf(elements: ReadonlyMap<string, ElementRef>, id: string): number {
  const el = elements.get(id);
  return el ? (el.path[el.path.length - 1] as number) : 0;
}
