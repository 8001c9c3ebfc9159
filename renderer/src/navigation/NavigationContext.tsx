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
  /** Put the caret in the element's first field (the outline's Enter), when no field is named. */
  focus?: 'firstField';
}

export interface Navigation {
  selection: NavigationTarget | null;
  navigate: (target: NavigationTarget) => void;
}

export const NavigationContext = createContext<Navigation>({ selection: null, navigate: () => undefined });

/**
 * Only the (stable) navigate function. Views that move the user but do not show where they are
 * (finding rows, comment cards, search results: thousands of rows) read this one, so a new
 * selection does not re-render them.
 */
export const NavigateContext = createContext<(target: NavigationTarget) => void>(() => undefined);

/** The selection and navigate; re-renders when the selection changes. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** Only navigate (never changes): for rows that lead somewhere. */
export function useNavigate(): (target: NavigationTarget) => void {
  return useContext(NavigateContext);
}
