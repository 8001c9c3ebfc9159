import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovableKind } from '../../../shared/model/operations';

/** A label that is a name of its own ("Activity 1-2", "组成部分2", "Principle (a)") rather than a bare number ("2.", "(iv)", "[3]"). */
const NAMED = /^\p{L}/u;

export interface RowNames {
  /**
   * Which element a row is, in the UI language, for accessible names and confirmations:
   * "Main activity 2 of Component 1", "Activity 1-2 of Component 2", "组成部分2的活动1-2".
   * `label` is the element's printed label or its 1-based position among its kind; `parent` is
   * the name of what holds it, so that rows with the same label on one page still differ.
   */
  row: (kind: MovableKind, label?: string | number, parent?: string) => string;
  /** The end-of-list Add button's name: "Add activity to Action 1 of Component 2". */
  add: (kind: MovableKind, parent?: string) => string;
}

/** Names that say which element a row, a field or a button is about (one vocabulary for every page). */
export function useRowNames(): RowNames {
  const { t } = useTranslation();
  return useMemo(() => {
    const row: RowNames['row'] = (kind, label, parent) => {
      const kindName = t(`editor.kind.${kind}`);
      const text = label === undefined ? '' : String(label).trim();
      const base = !text ? kindName : NAMED.test(text) ? text : t('editor.kindLabel', { kind: kindName, label: text.replace(/\.$/, '') });
      return parent ? t('editor.whatOf', { what: base, parent }) : base;
    };
    const add: RowNames['add'] = (kind, parent) => {
      const what = t(`editor.kindWord.${kind}`);
      return parent ? t('editor.addTo', { what, parent }) : t('editor.add', { what });
    };
    return { row, add };
  }, [t]);
}
