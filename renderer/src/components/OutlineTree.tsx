import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';
import { stripInlineMarkup } from '../../../shared/text/inline';

interface Props {
  framework: Framework;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The framework's outline: sections, components, the action plan, notes and the annex. */
export function OutlineTree({ framework, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const roots = useMemo(() => buildOutline(framework), [framework]);
  const lang = i18n.language === 'zh' ? 'zh' : 'en';

  const titleOf = (n: OutlineNode): string => {
    if (n.kind === 'metadata') return t('outline.metadata');
    if (n.kind === 'actionPlan') return t('outline.actionPlan');
    const text = n.title ? n.title[lang].text || n.title.en.text : '';
    return stripInlineMarkup(text) || t('outline.untitled');
  };

  const render = (n: OutlineNode, depth: number) => (
    <li key={n.id} role="treeitem" aria-level={depth + 1} aria-selected={n.id === selectedId} aria-expanded={n.children.length ? true : undefined}>
      <button type="button" className={`outline-node outline-${n.kind}`} data-id={n.id} onClick={() => onSelect(n.id)}>
        {n.label && <span className={n.labelOverridden ? 'label overridden' : 'label'}>{n.label}</span>}
        <span className="title">{titleOf(n)}</span>
      </button>
      {n.children.length > 0 && <ul role="group">{n.children.map((c) => render(c, depth + 1))}</ul>}
    </li>
  );

  return (
    <nav className="outline" aria-label={t('outline.title')}>
      <ul role="tree">{roots.map((n) => render(n, 0))}</ul>
    </nav>
  );
}
