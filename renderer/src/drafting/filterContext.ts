import { createContext, useContext } from 'react';
import type { StatusFilter } from '../../../shared/model/statusFilter';

/**
 * What the outline and the action-plan grid are narrowed to while drafting: only carried-over
 * activities, and/or only fields in one translation state (in one language or either). One
 * filter for both views, so the outline and the grid always show the same things.
 */
export interface DraftingFilter {
  carriedOver: boolean;
  status: StatusFilter | null;
}

export const NO_FILTER: DraftingFilter = { carriedOver: false, status: null };

export interface DraftingFilterState {
  filter: DraftingFilter;
  setFilter: (next: DraftingFilter) => void;
}

export const DraftingFilterContext = createContext<DraftingFilterState>({ filter: NO_FILTER, setFilter: () => undefined });

export function useDraftingFilter(): DraftingFilterState {
  return useContext(DraftingFilterContext);
}

export const isFiltering = (f: DraftingFilter): boolean => f.carriedOver || f.status !== null;
