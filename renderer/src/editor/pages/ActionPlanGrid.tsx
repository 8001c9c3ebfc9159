import { useTranslation } from 'react-i18next';
import { ACTION_PLAN_COLUMNS_ID } from '../../../../shared/model/elements';
import type { PlanComponent } from '../../../../shared/model/framework';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { ElementRow } from '../ElementRow';
import { LazyRows } from './LazyRows';
import { ScheduleReadingView } from './ScheduleReadingView';
import { rowLabel, type PageProps } from './pageTypes';

/**
 * The action plan as the published table: Component/Focus | Action | Activity | Schedule, with
 * merged cells for the focus and each action, every cell editable in both languages, and the
 * schedule's reading beside its text. `planId` null shows the whole plan (and its column headings).
 */
export function ActionPlanGrid({ planId, ...p }: PageProps & { planId: string | null }) {
  const { t, i18n } = useTranslation();
  const head = (b: { en: { text: string }; zh: { text: string } }) => (i18n.language === 'zh' && b.zh.text) || b.en.text;
  const { fw, labels, readOnly, navigate } = p;
  const cols = fw.actionPlan.columns;
  const shown = planId ? fw.actionPlan.components.filter((pc) => pc.id === planId) : fw.actionPlan.components;

  const planRows = (pc: PlanComponent) => {
    const total = Math.max(1, pc.actions.reduce((n, a) => n + Math.max(1, a.activities.length), 0));
    const focusCell = (
      <td rowSpan={total} className="grid-focus">
        <div className="cell-head">
          <button type="button" className="link-button" onClick={() => navigate({ elementId: pc.componentId })}>{labels.get(pc.id)?.label}</button>
        </div>
        <BiField elementId={pc.id} field="focus" value={pc.focus} readOnly={readOnly} name={t('editor.field.focus')} stacked />
        <AddButton kind="action" parentId={pc.id} readOnly={readOnly} />
      </td>
    );
    if (pc.actions.length === 0) {
      return (
        <tr key={pc.id} data-plan={pc.id}>
          {focusCell}
          <td colSpan={3} className="grid-empty">{t('editor.noActions')}</td>
        </tr>
      );
    }
    return pc.actions.map((a, ai) => {
      const actionCell = (
        <td rowSpan={Math.max(1, a.activities.length)} className="grid-action">
          <ElementRow elementId={a.id} kind="action" parentId={pc.id} listKey={`actions:${pc.id}`} index={ai} count={pc.actions.length} label={rowLabel(labels, a.id)} readOnly={readOnly} className="cell-row">
            <BiField elementId={a.id} field="title" value={a.title} readOnly={readOnly} name={t('editor.field.actionTitle', { label: labels.get(a.id)?.label ?? '' })} stacked />
            <AddButton kind="activity" parentId={a.id} readOnly={readOnly} />
          </ElementRow>
        </td>
      );
      if (a.activities.length === 0) {
        return (
          <tr key={a.id}>
            {ai === 0 && focusCell}
            {actionCell}
            <td colSpan={2} className="grid-empty">{t('editor.noActivities')}</td>
          </tr>
        );
      }
      return a.activities.map((act, xi) => {
        const label = labels.get(act.id)?.label ?? '';
        return (
          <tr key={act.id} data-activity={act.id}>
            {ai === 0 && xi === 0 && focusCell}
            {xi === 0 && actionCell}
            <td className="grid-activity">
              <ElementRow elementId={act.id} kind="activity" parentId={a.id} listKey={`activities:${a.id}`} index={xi} count={a.activities.length} label={rowLabel(labels, act.id)} readOnly={readOnly} className="cell-row">
                <BiField elementId={act.id} field="text" value={act.text} readOnly={readOnly} name={t('editor.field.activityText', { label })} stacked />
              </ElementRow>
            </td>
            <td className="grid-schedule">
              <BiField elementId={act.id} field="schedule" value={act.schedule.text} readOnly={readOnly} name={t('editor.field.schedule', { label })} stacked />
              <ScheduleReadingView text={act.schedule.text.en.text} lang="en" />
              <ScheduleReadingView text={act.schedule.text.zh.text} lang="zh" />
            </td>
          </tr>
        );
      });
    });
  };

  return (
    <div className="editor-page wide" data-page="plan">
      <h2>{t('editor.page.actionPlan')}</h2>
      {planId === null && (
        <section className="card columns-card" data-row-id={ACTION_PLAN_COLUMNS_ID}>
          <BiField elementId={ACTION_PLAN_COLUMNS_ID} field="focusColumn" value={cols.focus} readOnly={readOnly} name={t('editor.field.focusColumn')} caption />
          <BiField elementId={ACTION_PLAN_COLUMNS_ID} field="actionColumn" value={cols.action} readOnly={readOnly} name={t('editor.field.actionColumn')} caption />
          <BiField elementId={ACTION_PLAN_COLUMNS_ID} field="activityColumn" value={cols.activity} readOnly={readOnly} name={t('editor.field.activityColumn')} caption />
          <BiField elementId={ACTION_PLAN_COLUMNS_ID} field="scheduleColumn" value={cols.schedule} readOnly={readOnly} name={t('editor.field.scheduleColumn')} caption />
        </section>
      )}
      {planId !== null && (
        <button type="button" className="link-button" onClick={() => navigate({ elementId: '#actionPlan' })}>{t('editor.wholePlan')}</button>
      )}
      <table className="plan-grid" data-testid="plan-grid">
        <thead>
          <tr>
            <th>{head(cols.focus)}</th>
            <th>{head(cols.action)}</th>
            <th>{head(cols.activity)}</th>
            <th>{head(cols.schedule)}</th>
          </tr>
        </thead>
        {shown.map((pc, i) => (
          <LazyRows
            key={pc.id}
            eager={i < 2}
            estimatedHeight={180 * Math.max(1, pc.actions.reduce((n, a) => n + Math.max(1, a.activities.length), 0))}
            placeholder={`${labels.get(pc.id)?.label ?? ''} ${head(pc.focus)}`}
          >
            {planRows(pc)}
          </LazyRows>
        ))}
      </table>
    </div>
  );
}
