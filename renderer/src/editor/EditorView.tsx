import { useEffect, useRef } from 'react';
import { indexElements } from '../../../shared/model/elements';
import type { Framework, Section } from '../../../shared/model/framework';
import { computeLabels } from '../../../shared/model/labels';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useNavigation } from '../navigation/NavigationContext';
import { elementOfControl, useCurrentElementStore } from '../navigation/currentElement';
import { focusFirstField } from './focusWhenShown';
import { pageFor } from './pageFor';
import { useReviewWalk } from '../drafting/useReviewWalk';
import { useTranslation } from 'react-i18next';
import { ActionPlanGrid } from './pages/ActionPlanGrid';
import { AnnexPage, AreaPage } from './pages/AnnexPage';
import { ComponentPage } from './pages/ComponentPage';
import { MetadataPage } from './pages/MetadataPage';
import { NotesPage } from './pages/NotesPage';
import { SectionPage } from './pages/SectionPage';
import type { PageProps } from './pages/pageTypes';
import './editor.css';

function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.subsections, id);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The centre of the workspace: the page that holds the selected element. When the selection
 * names a field (from search, findings, comments…), that field is scrolled to, focused and
 * highlighted.
 */
export function EditorView({ fw, readOnly }: { fw: Framework; readOnly: boolean }) {
  const { selection, navigate } = useNavigation();
  // One index per revision, made from the parts' shares (shared/model/perPart.ts).
  const elements = indexElements(fw);
  // Labels as the document in the UI language prints them: every page, row and grid cell shows these.
  // The same map while no label changed (typing changes none), so memoised rows skip rendering.
  const lang = useUiLanguage();
  const labels = computeLabels(fw, lang);
  const page = pageFor(elements, selection?.elementId ?? null);
  const root = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const walk = useReviewWalk(root, navigate);
  const currentElement = useCurrentElementStore();

  useEffect(() => {
    if (!selection || !root.current) return;
    const id = CSS.escape(selection.elementId);
    let target: HTMLElement | null = null;
    if (selection.field) {
      const lang = selection.lang ? `[data-lang="${selection.lang}"]` : '';
      target = root.current.querySelector<HTMLElement>(`[data-element-id="${id}"][data-field="${selection.field}"]${lang}`);
    }
    target ??= root.current.querySelector<HTMLElement>(`[data-row-id="${id}"]`) ?? root.current.querySelector<HTMLElement>(`[data-element-id="${id}"]`);
    if (!target) {
      if (selection.focus === 'firstField') focusFirstField(root.current, selection.elementId);
      return;
    }
    target.scrollIntoView({ block: 'center' });
    if (selection.field && target instanceof HTMLTextAreaElement) target.focus({ preventScroll: true });
    else if (selection.focus === 'firstField') focusFirstField(root.current, selection.elementId);
    target.classList.add('flash');
    const timer = setTimeout(() => target?.classList.remove('flash'), 1600);
    return () => clearTimeout(timer);
    // Only a new selection moves the view, not every edit.
  }, [selection]);

  const props: PageProps = { fw, elements, labels, readOnly, navigate };
  let content: React.ReactNode;
  switch (page.kind) {
    case 'section': {
      const s = findSection(fw.sections, page.id);
      content = s ? <SectionPage key={s.id} section={s} {...props} /> : null;
      break;
    }
    case 'component': {
      const c = fw.components.find((x) => x.id === page.id);
      content = c ? <ComponentPage key={c.id} component={c} {...props} /> : null;
      break;
    }
    case 'plan':
      content = <ActionPlanGrid planId={page.id} {...props} />;
      break;
    case 'notes':
      content = <NotesPage {...props} />;
      break;
    case 'annex':
      content = <AnnexPage {...props} />;
      break;
    case 'area': {
      const a = fw.annex.areas.find((x) => x.id === page.id);
      content = a ? <AreaPage key={a.id} area={a} {...props} /> : null;
      break;
    }
    default:
      content = <MetadataPage {...props} />;
  }
  return (
    // A field taking focus (Tab, F6, a click, a new row) makes its element the current one: the outline follows.
    <div className="editor" ref={root} data-testid="editor" onFocus={(e) => currentElement.set(elementOfControl(e.target) ?? currentElement.get())}>
      {walk.done && <p className="review-walk-done" role="status">{t('drafting.reviewWalk.done')}</p>}
      {content}
    </div>
  );
}
