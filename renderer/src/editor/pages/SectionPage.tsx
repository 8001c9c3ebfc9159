import { useTranslation } from 'react-i18next';
import type { ListStyle, Section } from '../../../../shared/model/framework';
import { anchorSection, insertAnchor, removeAnchor, setListStyle, type AnchorType } from '../../../../shared/model/operations';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { useEditorActions } from '../EditorContext';
import { ElementRow } from '../ElementRow';
import { useRowNames } from '../useRowNames';
import { indexOf, rowLabel, type PageProps } from './pageTypes';

const ANCHORS: AnchorType[] = ['components', 'actionPlan', 'notes'];
const LIST_STYLES: ListStyle[] = ['decimal-paren', 'paren-decimal', 'decimal-dot', 'roman-paren', 'bullet'];

/** A section: its title, its paragraphs and lists (with their items), where it prints the components / action plan / notes, and its subsections. */
export function SectionPage({ section, ...p }: PageProps & { section: Section }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const { fw, elements, labels, readOnly, navigate } = p;
  const el = elements.get(section.id)!;
  const siblings = el.parentId ? (sectionById(fw.sections, el.parentId)?.subsections.length ?? 1) : fw.sections.length;
  const names = useRowNames();
  // Every row and field names its section: "Paragraph 2 of Section 2.1".
  const label = rowLabel(labels, section.id);
  const what = names.row('section', label?.label);
  // Paragraphs and lists are numbered each among their own kind ("List 1" is the section's first list).
  const ordinals = new Map<string, number>();
  const seen = { paragraph: 0, list: 0 };
  for (const b of section.blocks) if (b.type === 'paragraph' || b.type === 'list') ordinals.set(b.id, ++seen[b.type]);

  return (
    <div className="editor-page" data-page="section">
      <ElementRow
        elementId={section.id}
        kind="section"
        parentId={el.parentId}
        listKey={`sections:${el.parentId ?? ''}`}
        index={indexOf(elements, section.id)}
        count={siblings}
        label={label}
        what={what}
        readOnly={readOnly}
        className="page-head"
      >
        <BiField elementId={section.id} field="title" value={section.title} readOnly={readOnly} name={t('editor.field.titleOf', { what })} />
      </ElementRow>

      <div className="rows">
        {section.blocks.map((b, bi) => {
          const common = { parentId: section.id, listKey: `blocks:${section.id}`, index: bi, count: section.blocks.length, readOnly };
          if (b.type === 'paragraph') {
            const paraWhat = names.row('paragraph', ordinals.get(b.id), what);
            return (
              <ElementRow key={b.id} elementId={b.id} kind="paragraph" what={paraWhat} {...common}>
                <BiField elementId={b.id} field="text" value={b.text} readOnly={readOnly} name={paraWhat} />
              </ElementRow>
            );
          }
          if (b.type === 'list') {
            const listWhat = names.row('list', ordinals.get(b.id), what);
            return (
              <ElementRow key={b.id} elementId={b.id} kind="list" what={listWhat} {...common}>
                <label className="plain-field inline">
                  <span className="plain-label">{t('editor.listStyle')}</span>
                  <select value={b.style} disabled={readOnly} onChange={(e) => void actions.apply((pr) => setListStyle(pr, b.id, e.target.value as ListStyle))}>
                    {LIST_STYLES.map((s) => (
                      <option key={s} value={s}>{t(`editor.listStyles.${s}`)}</option>
                    ))}
                  </select>
                </label>
                <div className="rows nested">
                  {b.items.map((it, ii) => {
                    const itemWhat = names.row('listItem', ii + 1, listWhat);
                    return (
                      <ElementRow key={it.id} elementId={it.id} kind="listItem" parentId={b.id} listKey={`items:${b.id}`} index={ii} count={b.items.length} label={rowLabel(labels, it.id)} what={itemWhat} readOnly={readOnly}>
                        <BiField elementId={it.id} field="text" value={it.text} readOnly={readOnly} name={itemWhat} />
                      </ElementRow>
                    );
                  })}
                  <AddButton kind="listItem" parentId={b.id} parentName={listWhat} readOnly={readOnly} />
                </div>
              </ElementRow>
            );
          }
          return (
            <div key={b.id} className="anchor-card" data-anchor={b.type}>
              <span>{t(`editor.anchor.${b.type}`)}</span>
              {!readOnly && (
                <button type="button" className="link-button" onClick={() => void actions.apply((pr) => removeAnchor(pr, section.id, b.type))}>
                  {t('editor.stopPrinting')}
                </button>
              )}
              {b.type === 'components' && (
                <div className="rows anchor-rows">
                  {fw.components.map((c, ci) => (
                    <ElementRow key={c.id} elementId={c.id} kind="component" parentId={null} listKey="components" index={ci} count={fw.components.length} label={rowLabel(labels, c.id)} readOnly={readOnly}>
                      <BiField elementId={c.id} field="title" value={c.title} readOnly={readOnly} name={t('editor.field.titleOf', { what: names.row('component', rowLabel(labels, c.id)?.label ?? ci + 1) })} />
                      <button type="button" className="link-button" onClick={() => navigate({ elementId: c.id })}>{t('editor.open')}</button>
                    </ElementRow>
                  ))}
                  <AddButton kind="component" parentId={null} readOnly={readOnly} />
                </div>
              )}
              {b.type === 'actionPlan' && (
                <button type="button" className="link-button" onClick={() => navigate({ elementId: '#actionPlan' })}>{t('editor.openActionPlan')}</button>
              )}
              {b.type === 'notes' && (
                <button type="button" className="link-button" onClick={() => navigate({ elementId: '#notes' })}>{t('editor.openNotes')}</button>
              )}
            </div>
          );
        })}
        <div className="add-row">
          <AddButton kind="paragraph" parentId={section.id} parentName={what} readOnly={readOnly} />
          <AddButton kind="list" parentId={section.id} parentName={what} readOnly={readOnly} />
          {!readOnly &&
            ANCHORS.filter((a) => !anchorSection(fw, a)).map((a) => (
              <button key={a} type="button" className="add-button" data-add-anchor={a} onClick={() => void actions.apply((pr) => insertAnchor(pr, section.id, a, actions.newId))}>
                {t(`editor.printHere.${a}`)}
              </button>
            ))}
        </div>
      </div>

      <h3>{t('editor.subsections')}</h3>
      <div className="rows">
        {section.subsections.map((s, si) => (
          <ElementRow key={s.id} elementId={s.id} kind="section" parentId={section.id} listKey={`sections:${section.id}`} index={si} count={section.subsections.length} label={rowLabel(labels, s.id)} readOnly={readOnly}>
            <BiField elementId={s.id} field="title" value={s.title} readOnly={readOnly} name={t('editor.field.titleOf', { what: names.row('section', rowLabel(labels, s.id)?.label ?? si + 1) })} />
            <button type="button" className="link-button" onClick={() => navigate({ elementId: s.id })}>{t('editor.open')}</button>
          </ElementRow>
        ))}
        <AddButton kind="section" parentId={section.id} parentName={what} readOnly={readOnly} />
      </div>
    </div>
  );
}

function sectionById(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = sectionById(s.subsections, id);
    if (inner) return inner;
  }
  return undefined;
}
