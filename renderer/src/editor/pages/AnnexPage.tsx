import { useTranslation } from 'react-i18next';
import type { PriorityArea } from '../../../../shared/model/framework';
import { editMetadata } from '../../../../shared/model/operations';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { useEditorActions } from '../EditorContext';
import { ElementRow } from '../ElementRow';
import { PlainInput } from '../PlainInput';
import { useRowNames } from '../useRowNames';
import { indexOf, rowLabel, type PageProps } from './pageTypes';

/** The annex: its title, period and column headings, and its priority areas. */
export function AnnexPage({ fw, readOnly, navigate }: PageProps) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const names = useRowNames();
  const ax = fw.annex;
  return (
    <div className="editor-page" data-page="annex">
      <h2>{t('editor.page.annex')}</h2>
      <section className="card">
        <BiField elementId={ax.id} field="title" value={ax.title} readOnly={readOnly} name={t('editor.field.title')} caption />
        <div className="plain-grid">
          <PlainInput label={t('editor.meta.periodStart')} type="number" value={String(ax.period.start)} readOnly={readOnly} onCommit={(v) => void actions.apply((p) => editMetadata(p, 'annexPeriodStart', v))} />
          <PlainInput label={t('editor.meta.periodEnd')} type="number" value={String(ax.period.end)} readOnly={readOnly} onCommit={(v) => void actions.apply((p) => editMetadata(p, 'annexPeriodEnd', v))} />
        </div>
        <BiField elementId={ax.id} field="numberColumn" value={ax.columns.number} readOnly={readOnly} name={t('editor.field.numberColumn')} caption />
        <BiField elementId={ax.id} field="timePlaceColumn" value={ax.columns.timePlace} readOnly={readOnly} name={t('editor.field.timePlaceColumn')} caption />
        <BiField elementId={ax.id} field="textColumn" value={ax.columns.text} readOnly={readOnly} name={t('editor.field.textColumn')} caption />
      </section>
      <h3>{t('editor.priorityAreas')}</h3>
      <div className="rows">
        {ax.areas.map((a, i) => (
          <ElementRow key={a.id} elementId={a.id} kind="priorityArea" parentId={ax.id} listKey="areas" index={i} count={ax.areas.length} what={names.row('priorityArea', i + 1)} readOnly={readOnly}>
            <BiField elementId={a.id} field="heading" value={a.heading} readOnly={readOnly} name={t('editor.field.headingOf', { what: names.row('priorityArea', i + 1) })} />
            <button type="button" className="link-button" onClick={() => navigate({ elementId: a.id })}>
              {t('editor.openArea', { count: a.entries.length })}
            </button>
          </ElementRow>
        ))}
        <AddButton kind="priorityArea" parentId={ax.id} readOnly={readOnly} />
      </div>
    </div>
  );
}

/** One priority area of the annex: its heading row and its entries (time, place, theme/activity). */
export function AreaPage({ area, ...p }: PageProps & { area: PriorityArea }) {
  const { t } = useTranslation();
  const { fw, elements, labels, readOnly } = p;
  const names = useRowNames();
  // Entries are numbered afresh in each area: their names say which area.
  const what = names.row('priorityArea', indexOf(elements, area.id) + 1);
  return (
    <div className="editor-page" data-page="area">
      <ElementRow elementId={area.id} kind="priorityArea" parentId={fw.annex.id} listKey="areas" index={indexOf(elements, area.id)} count={fw.annex.areas.length} what={what} readOnly={readOnly} className="page-head">
        <BiField elementId={area.id} field="heading" value={area.heading} readOnly={readOnly} name={t('editor.field.headingOf', { what })} />
      </ElementRow>
      <div className="rows">
        {area.entries.map((e, i) => {
          const label = rowLabel(labels, e.id);
          const entryWhat = names.row('annexEntry', label?.label ?? i + 1, what);
          return (
            <ElementRow key={e.id} elementId={e.id} kind="annexEntry" parentId={area.id} listKey={`entries:${area.id}`} index={i} count={area.entries.length} label={label} what={entryWhat} readOnly={readOnly}>
              <BiField elementId={e.id} field="time" value={e.time} readOnly={readOnly} name={t('editor.field.timeOf', { what: entryWhat })} caption={t('editor.field.time')} />
              <BiField elementId={e.id} field="place" value={e.place} readOnly={readOnly} name={t('editor.field.placeOf', { what: entryWhat })} caption={t('editor.field.place')} />
              <BiField elementId={e.id} field="text" value={e.text} readOnly={readOnly} name={t('editor.field.entryTextOf', { what: entryWhat })} caption={t('editor.field.entryText')} />
            </ElementRow>
          );
        })}
        <AddButton kind="annexEntry" parentId={area.id} parentName={what} readOnly={readOnly} />
      </div>
    </div>
  );
}
