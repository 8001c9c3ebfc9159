import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';

/**
 * Where the user is: an element, optionally one of its fields in one language. The outline, the
 * findings panel, comments, search results and compare all move the user with `navigate`; the
 * editor shows the element, scrolls to the field (inputs carry data-element-id / data-field /
 * data-lang) and highlights it.
 */
export interface NavigationTarget {
  elementId: string;
  field?: FieldName;
  lang?: Language;
}

export interface Navigation {
  selection: NavigationTarget | null;
  navigate: (target: NavigationTarget) => void;
}

export const NavigationContext = createContext<Navigation>({ selection: null, navigate: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
