import { useTranslation } from 'react-i18next';
import { NOTES_ID } from '../../../../shared/model/elements';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { ElementRow } from '../ElementRow';
import { useRowNames } from '../useRowNames';
import { rowLabel, type PageProps } from './pageTypes';

/** The notes under the action plan: their heading and each note. */
export function NotesPage({ fw, labels, readOnly }: PageProps) {
  const { t } = useTranslation();
  const names = useRowNames();
  const items = fw.notes.items;
  return (
    <div className="editor-page" data-page="notes">
      <h2>{t('editor.page.notes')}</h2>
      <section className="card">
        <BiField elementId={NOTES_ID} field="title" value={fw.notes.title} readOnly={readOnly} name={t('editor.field.title')} caption />
      </section>
      <div className="rows">
        {items.map((n, i) => {
          const label = rowLabel(labels, n.id);
          const what = names.row('note', label?.label ?? i + 1);
          return (
            <ElementRow key={n.id} elementId={n.id} kind="note" parentId={NOTES_ID} listKey="notes" index={i} count={items.length} label={label} what={what} readOnly={readOnly}>
              <BiField elementId={n.id} field="text" value={n.text} readOnly={readOnly} name={what} />
            </ElementRow>
          );
        })}
        <AddButton kind="note" parentId={NOTES_ID} readOnly={readOnly} />
      </div>
    </div>
  );
}
