import { useTranslation } from 'react-i18next';
import { CONTENTS_ID, METADATA_ID, PUBLISHER_ID } from '../../../../shared/model/elements';
import { editMetadata, type MetadataField } from '../../../../shared/model/operations';
import { BiField } from '../BiField';
import { useEditorActions } from '../EditorContext';
import { AddButton } from '../AddButton';
import { ElementRow } from '../ElementRow';
import { DateInput } from '../DateInput';
import { PlainInput } from '../PlainInput';
import { useRowNames } from '../useRowNames';
import { rowLabel, type PageProps } from './pageTypes';

/**
 * The cover and the edition: titles, period, status, date, the publisher block and the contents
 * heading; and the document's top-level sections (where a new document starts).
 */
export function MetadataPage({ fw, readOnly, labels, navigate }: PageProps) {
  const { t } = useTranslation();
  const names = useRowNames();
  const actions = useEditorActions();
  const md = fw.metadata;
  const set = (field: MetadataField) => (value: string) => void actions.apply((p) => editMetadata(p, field, value));
  return (
    <div className="editor-page" data-page="metadata">
      <h2>{t('editor.page.metadata')}</h2>
      <section className="card" data-row-id={METADATA_ID}>
        <BiField elementId={METADATA_ID} field="title" value={md.title} readOnly={readOnly} name={t('editor.field.title')} caption />
        <BiField elementId={METADATA_ID} field="shortTitle" value={md.shortTitle} readOnly={readOnly} name={t('editor.field.shortTitle')} caption />
        <div className="plain-grid">
          <PlainInput label={t('editor.meta.edition')} value={md.edition} readOnly={readOnly} onCommit={set('edition')} testId="meta-edition" />
          <PlainInput label={t('editor.meta.periodStart')} type="number" value={String(md.period.start)} readOnly={readOnly} onCommit={set('periodStart')} testId="meta-period-start" />
          <PlainInput label={t('editor.meta.periodEnd')} type="number" value={String(md.period.end)} readOnly={readOnly} onCommit={set('periodEnd')} testId="meta-period-end" />
          <label className="plain-field">
            <span className="plain-label">{t('editor.meta.status')}</span>
            <select value={md.status} disabled={readOnly} onChange={(e) => set('status')(e.target.value)} data-testid="meta-status">
              <option value="draft">{t('editor.meta.statusDraft')}</option>
              <option value="final">{t('editor.meta.statusFinal')}</option>
            </select>
          </label>
          <DateInput label={t('editor.meta.date')} value={md.date ?? ''} readOnly={readOnly} onCommit={set('date')} testId="meta-date" />
        </div>
      </section>
      <h3>{t('editor.page.publisher')}</h3>
      <section className="card" data-row-id={PUBLISHER_ID}>
        <BiField elementId={PUBLISHER_ID} field="name" value={md.publisher.name} readOnly={readOnly} name={t('editor.field.name')} caption />
        <BiField elementId={PUBLISHER_ID} field="address" value={md.publisher.address} readOnly={readOnly} name={t('editor.field.address')} caption />
        <div className="plain-grid">
          <PlainInput label={t('editor.meta.phone')} value={md.publisher.phone} readOnly={readOnly} onCommit={set('phone')} />
          <PlainInput label={t('editor.meta.fax')} value={md.publisher.fax} readOnly={readOnly} onCommit={set('fax')} />
          <PlainInput label={t('editor.meta.email')} value={md.publisher.email} readOnly={readOnly} onCommit={set('email')} />
          <PlainInput label={t('editor.meta.web')} value={md.publisher.web} readOnly={readOnly} onCommit={set('web')} />
        </div>
      </section>
      <h3>{t('editor.sections')}</h3>
      <div className="rows">
        {fw.sections.map((sec, i) => (
          <ElementRow key={sec.id} elementId={sec.id} kind="section" parentId={null} listKey="sections:" index={i} count={fw.sections.length} label={rowLabel(labels, sec.id)} readOnly={readOnly}>
            <BiField elementId={sec.id} field="title" value={sec.title} readOnly={readOnly} name={t('editor.field.titleOf', { what: names.row('section', rowLabel(labels, sec.id)?.label ?? i + 1) })} />
            <button type="button" className="link-button" onClick={() => navigate({ elementId: sec.id })}>{t('editor.open')}</button>
          </ElementRow>
        ))}
        <AddButton kind="section" parentId={null} readOnly={readOnly} />
      </div>
      <h3>{t('editor.page.contents')}</h3>
      <section className="card" data-row-id={CONTENTS_ID}>
        <BiField elementId={CONTENTS_ID} field="title" value={fw.contentsTitle} readOnly={readOnly} name={t('editor.field.contentsTitle')} caption />
      </section>
    </div>
  );
}
