import { useEffect, useState, type RefObject } from 'react';
import type { Language } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { setTranslationStatus, shownStatus, locateField } from '../../../shared/model/operations';
import { nextNeedingReview } from '../../../shared/model/statusFilter';
import { useEditorActions } from '../editor/EditorContext';
import type { NavigationTarget } from '../navigation/NavigationContext';
import { useProjectStore } from '../store/useProjectStore';

/**
 * Ctrl/Cmd+Enter in a field of the editor: the focused language is marked reviewed (its typing
 * committed first) and the next field needing review, in document order, is opened and focused.
 * Returns `done` once nothing needs review any more, for the editor to say so.
 */
export function useReviewWalk(root: RefObject<HTMLElement | null>, navigate: (target: NavigationTarget) => void): { done: boolean } {
  const store = useProjectStore();
  const actions = useEditorActions();
  const [done, setDone] = useState(false);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const input = e.target instanceof HTMLTextAreaElement ? e.target : null;
      const elementId = input?.dataset.elementId;
      const field = input?.dataset.field as FieldName | undefined;
      const lang = input?.dataset.lang as Language | undefined;
      if (!input || !elementId || !field || (lang !== 'en' && lang !== 'zh')) return;
      e.preventDefault();
      void (async () => {
        await actions.flushDrafts();
        if (!input.readOnly && input.value.trim() !== '') {
          await actions.apply((p) => {
            const status = shownStatus(locateField(p, elementId, field).value, lang);
            return status === 'reviewed' || status === 'approved' ? null : setTranslationStatus(p, elementId, field, lang, 'reviewed');
          });
        }
        const fw = store.getState()?.project.framework;
        const next = fw ? nextNeedingReview(fw, { elementId, field, lang }) : null;
        setDone(next === null);
        if (next) navigate({ elementId: next.elementId, field: next.field, lang: next.lang });
      })();
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [root, store, actions, navigate]);
  return { done };
}
