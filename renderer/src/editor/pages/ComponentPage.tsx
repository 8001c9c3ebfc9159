import { useTranslation } from 'react-i18next';
import type { Component } from '../../../../shared/model/framework';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { ElementRow } from '../ElementRow';
import { useRowNames } from '../useRowNames';
import { indexOf, rowLabel, type PageProps } from './pageTypes';

/** A strategic component: its title, its narrative paragraphs and its numbered main activities. */
export function ComponentPage({ component, ...p }: PageProps & { component: Component }) {
  const { t } = useTranslation();
  const { fw, elements, labels, readOnly, navigate } = p;
  const names = useRowNames();
  const plan = fw.actionPlan.components.find((pc) => pc.componentId === component.id);
  // Every row and field names its component: "Main activity 2 of Component 1".
  const label = rowLabel(labels, component.id);
  const what = names.row('component', label?.label);
  return (
    <div className="editor-page" data-page="component">
      <ElementRow
        elementId={component.id}
        kind="component"
        parentId={null}
        listKey="components"
        index={indexOf(elements, component.id)}
        count={fw.components.length}
        label={label}
        what={what}
        readOnly={readOnly}
        className="page-head"
      >
        <BiField elementId={component.id} field="title" value={component.title} readOnly={readOnly} name={t('editor.field.titleOf', { what })} />
        {plan && (
          <button type="button" className="link-button" onClick={() => navigate({ elementId: plan.id })}>{t('editor.openPlanOfComponent')}</button>
        )}
      </ElementRow>
      <h3>{t('editor.paragraphs')}</h3>
      <div className="rows">
        {component.paragraphs.map((para, i) => {
          const paraWhat = names.row('paragraph', i + 1, what);
          return (
            <ElementRow key={para.id} elementId={para.id} kind="paragraph" parentId={component.id} listKey={`paragraphs:${component.id}`} index={i} count={component.paragraphs.length} what={paraWhat} readOnly={readOnly}>
              <BiField elementId={para.id} field="text" value={para.text} readOnly={readOnly} name={paraWhat} />
            </ElementRow>
          );
        })}
        <AddButton kind="paragraph" parentId={component.id} parentName={what} readOnly={readOnly} />
      </div>
      <h3>{t('editor.mainActivities')}</h3>
      <div className="rows">
        {component.mainActivities.map((m, i) => {
          const mLabel = rowLabel(labels, m.id);
          const mWhat = names.row('mainActivity', mLabel?.label ?? i + 1, what);
          return (
            <ElementRow key={m.id} elementId={m.id} kind="mainActivity" parentId={component.id} listKey={`main:${component.id}`} index={i} count={component.mainActivities.length} label={mLabel} what={mWhat} readOnly={readOnly}>
              <BiField elementId={m.id} field="text" value={m.text} readOnly={readOnly} name={mWhat} />
            </ElementRow>
          );
        })}
        <AddButton kind="mainActivity" parentId={component.id} parentName={what} readOnly={readOnly} />
      </div>
    </div>
  );
}
