import { Fragment, memo, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_PLAN_COLUMNS_ID } from '../../../../shared/model/elements';
import type { Action, Activity, Framework, PlanComponent } from '../../../../shared/model/framework';
import { ActivityCarriedOver, BulkCarriedOver } from '../../drafting/CarriedOverControls';
import { FilterBar } from '../../drafting/FilterBar';
import { useDraftingFilter } from '../../drafting/filterContext';
import { ScheduleProposal } from '../../drafting/ScheduleProposal';
import { visibleIds } from '../../drafting/visibleIds';
import { AddButton } from '../AddButton';
import { BiField } from '../BiField';
import { ElementRow } from '../ElementRow';
import { useRowNames } from '../useRowNames';
import { useNavigation } from '../../navigation/NavigationContext';
import { ScheduleReadingView } from './ScheduleReadingView';
import { rowLabel, type Labels, type PageProps } from './pageTypes';
import type { NavigationTarget } from '../../navigation/NavigationContext';
import { useGridWindow } from './useGridWindow';

/** A plan component as the grid shows it: under a filter, only the actions and activities it keeps (with their real positions). */
interface ShownComponent {
  pc: PlanComponent;
  actions: Array<{ a: Action; ai: number; activities: Array<{ act: Activity; xi: number }> }>;
}

function shownComponent(pc: PlanComponent, keep: Set<string> | null): ShownComponent {
  const actions = pc.actions
    .map((a, ai) => ({ a, ai, activities: a.activities.map((act, xi) => ({ act, xi })).filter(({ act }) => !keep || keep.has(act.id)) }))
    .filter(({ a }) => !keep || keep.has(a.id));
  return { pc, actions };
}

const rowCount = (v: ShownComponent) => Math.max(1, v.actions.reduce((n, a) => n + Math.max(1, a.activities.length), 0));

/**
 * The action plan as the published table: Component/Focus | Action | Activity | Schedule, with
 * merged cells for the focus and each action, every cell editable in both languages, and the
 * schedule's reading beside its text. `planId` null shows the whole plan (and its column
 * headings); there only the components near the viewport (and the selected one) are in the page
 * (useGridWindow): ~600 activities at ten times the published size would be ~70,000 DOM nodes.
 */
export function ActionPlanGrid({ planId, ...p }: PageProps & { planId: string | null }) {
  const { t, i18n } = useTranslation();
  const head = (b: { en: { text: string }; zh: { text: string } }) => (i18n.language === 'zh' && b.zh.text) || b.en.text;
  const { fw, labels, readOnly, navigate } = p;
  const cols = fw.actionPlan.columns;
  const { selection } = useNavigation();
  const { elements } = p;
  const { filter } = useDraftingFilter();
  const keep = useMemo(() => visibleIds(fw, filter, elements), [fw, filter, elements]);
  const shown = useMemo(
    () => (planId ? fw.actionPlan.components.filter((pc) => pc.id === planId) : fw.actionPlan.components).filter((pc) => !keep || keep.has(pc.id)).map((pc) => shownComponent(pc, keep)),
    [fw.actionPlan.components, planId, keep],
  );
  // A new edition's carried-over schedules are proposed in the new period, from the one the annex reports on.
  const periods = { from: fw.annex.period, to: fw.metadata.period };
  // The plan component holding the selected element stays in the page, so jumps find their field.
  const pinned = useMemo(() => {
    let el = selection ? elements.get(selection.elementId) : undefined;
    for (let guard = 0; el && el.kind !== 'planComponent' && guard < 16; guard++) el = el.parentId ? elements.get(el.parentId) : undefined;
    return el ? shown.findIndex((v) => v.pc.id === el.id) : -1;
  }, [selection, elements, shown]);
  const table = useRef<HTMLTableElement>(null);
  const keys = useMemo(() => shown.map((v) => v.pc.id), [shown]);
  const windowed = planId === null;
  const { virtualizer, margin } = useGridWindow({ table, keys, rowsOf: (i) => rowCount(shown[i]), pinned, enabled: windowed });

  const planRows = (view: ShownComponent) => <PlanComponentRows view={view} labels={labels} readOnly={readOnly} navigate={navigate} from={periods.from} to={periods.to} />;

  return (
    <div className="editor-page wide" data-page="plan">
      <h2>{t('editor.page.actionPlan')}</h2>
      <FilterBar fw={fw} where="grid" />
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
      <table className="plan-grid" data-testid="plan-grid" ref={table}>
        <thead>
          <tr>
            <th>{head(cols.focus)}</th>
            <th>{head(cols.action)}</th>
            <th>{head(cols.activity)}</th>
            <th>{head(cols.schedule)}</th>
          </tr>
        </thead>
        {windowed ? windowBodies(virtualizer, margin, (i) => planRows(shown[i])) : shown.map((v) => <tbody key={v.pc.id}>{planRows(v)}</tbody>)}
      </table>
    </div>
  );
}

interface RowsProps {
  view: ShownComponent;
  labels: Labels;
  readOnly: boolean;
  navigate: (target: NavigationTarget) => void;
  from: Framework['annex']['period'];
  to: Framework['metadata']['period'];
}

/** Same component shown the same way: the same objects at the same positions (a keystroke elsewhere keeps them all). */
function sameRows(a: RowsProps, b: RowsProps): boolean {
  if (a.view.pc !== b.view.pc || a.labels !== b.labels || a.readOnly !== b.readOnly || a.navigate !== b.navigate || a.from !== b.from || a.to !== b.to) return false;
  const x = a.view.actions;
  const y = b.view.actions;
  return x.length === y.length && x.every((s, i) => s.a === y[i].a && s.ai === y[i].ai && s.activities.length === y[i].activities.length && s.activities.every((v, j) => v.act === y[i].activities[j].act && v.xi === y[i].activities[j].xi));
}

/** Carried-over activities in a plan component or an action (the count its bulk controls show). */
function carriedIn(part: PlanComponent | Action): number {
  const acts = 'activities' in part ? part.activities : part.actions.flatMap((a) => a.activities);
  let n = 0;
  for (const act of acts) if (act.carriedOver === true) n++;
  return n;
}

/**
 * One plan component's rows. Memoised (sameRows): a committed keystroke changes one component
 * (the others keep their identity, as do the labels while no label changes), so only its rows
 * are made again; and within it each cell is memoised on its own part (FocusCell, ActionCell,
 * ActivityCells), so only the edited activity's or action's cells re-render.
 */
const PlanComponentRows = memo(function PlanComponentRows({ view, labels, readOnly, navigate, from, to }: RowsProps) {
  const { t } = useTranslation();
  const names = useRowNames();
  const { pc } = view;
  const total = rowCount(view);
  // The whole plan repeats "Action 1" and "Activity 1-2" in every component: names say which ("Activity 1-2 of Component 2").
  const pcWhat = labels.get(pc.id)?.label ?? names.row('planComponent');
  const focusCell = <FocusCell pc={pc} rows={total} labels={labels} what={pcWhat} readOnly={readOnly} navigate={navigate} />;
  if (view.actions.length === 0) {
    return (
      <tr key={pc.id} data-plan={pc.id}>
        {focusCell}
        <td colSpan={3} className="grid-empty">{t('editor.noActions')}</td>
      </tr>
    );
  }
  return view.actions.map(({ a, ai, activities }, shownAi) => {
    const actionCell = <ActionCell a={a} ai={ai} pcId={pc.id} count={pc.actions.length} rows={Math.max(1, activities.length)} labels={labels} pcWhat={pcWhat} readOnly={readOnly} />;
    if (activities.length === 0) {
      return (
        <tr key={a.id}>
          {shownAi === 0 && focusCell}
          {actionCell}
          <td colSpan={2} className="grid-empty">{t('editor.noActivities')}</td>
        </tr>
      );
    }
    return activities.map(({ act, xi }, shownXi) => (
      <tr key={act.id} data-activity={act.id}>
        {shownAi === 0 && shownXi === 0 && focusCell}
        {shownXi === 0 && actionCell}
        <ActivityCells act={act} xi={xi} ai={ai} actionId={a.id} count={a.activities.length} labels={labels} pcWhat={pcWhat} readOnly={readOnly} from={from} to={to} />
      </tr>
    ));
  });
}, sameRows);

/** The plan component's merged Component/Focus cell. */
const FocusCell = memo(function FocusCell({ pc, rows, labels, what, readOnly, navigate }: { pc: PlanComponent; rows: number; labels: Labels; what: string; readOnly: boolean; navigate: (target: NavigationTarget) => void }) {
  const { t } = useTranslation();
  return (
    <td rowSpan={rows} className="grid-focus">
      <div className="cell-head">
        <button type="button" className="link-button" onClick={() => navigate({ elementId: pc.componentId })}>{labels.get(pc.id)?.label}</button>
      </div>
      <BiField elementId={pc.id} field="focus" value={pc.focus} readOnly={readOnly} name={t('editor.field.focusOf', { what })} stacked />
      <AddButton kind="action" parentId={pc.id} parentName={what} readOnly={readOnly} />
      <BulkCarriedOver count={carriedIn(pc)} scopeId={pc.id} what={what} readOnly={readOnly} />
    </td>
  );
});

interface ActionCellProps {
  a: Action;
  ai: number;
  pcId: string;
  /** Actions in the plan component (for moving). */
  count: number;
  rows: number;
  labels: Labels;
  pcWhat: string;
  readOnly: boolean;
}

/** An action's merged cell: its row tools, title, Add activity and bulk carried-over controls. */
const ActionCell = memo(function ActionCell({ a, ai, pcId, count, rows, labels, pcWhat, readOnly }: ActionCellProps) {
  const { t } = useTranslation();
  const names = useRowNames();
  const what = names.row('action', labels.get(a.id)?.label ?? ai + 1, pcWhat);
  return (
    <td rowSpan={rows} className="grid-action">
      <ElementRow elementId={a.id} kind="action" parentId={pcId} listKey={`actions:${pcId}`} index={ai} count={count} label={rowLabel(labels, a.id)} what={what} readOnly={readOnly} className="cell-row">
        <BiField elementId={a.id} field="title" value={a.title} readOnly={readOnly} name={t('editor.field.actionTitle', { label: what })} stacked />
        <AddButton kind="activity" parentId={a.id} parentName={what} readOnly={readOnly} />
        <BulkCarriedOver count={carriedIn(a)} scopeId={a.id} what={what} readOnly={readOnly} />
      </ElementRow>
    </td>
  );
});

interface ActivityCellsProps {
  act: Activity;
  xi: number;
  /** The action's position, for the label of an activity that has none ("1-2"). */
  ai: number;
  actionId: string;
  /** Activities in the action (for moving). */
  count: number;
  labels: Labels;
  pcWhat: string;
  readOnly: boolean;
  from: Framework['annex']['period'];
  to: Framework['metadata']['period'];
}

/** An activity's Activity and Schedule cells. */
const ActivityCells = memo(function ActivityCells({ act, xi, ai, actionId, count, labels, pcWhat, readOnly, from, to }: ActivityCellsProps) {
  const { t } = useTranslation();
  const names = useRowNames();
  const what = names.row('activity', labels.get(act.id)?.label ?? `${ai + 1}-${xi + 1}`, pcWhat);
  return (
    <>
      <td className="grid-activity">
        <ElementRow elementId={act.id} kind="activity" parentId={actionId} listKey={`activities:${actionId}`} index={xi} count={count} label={rowLabel(labels, act.id)} what={what} readOnly={readOnly} className="cell-row">
          <BiField elementId={act.id} field="text" value={act.text} readOnly={readOnly} name={t('editor.field.activityText', { label: what })} stacked />
          {act.carriedOver === true && <ActivityCarriedOver activityId={act.id} what={what} readOnly={readOnly} />}
        </ElementRow>
      </td>
      <td className="grid-schedule">
        <BiField elementId={act.id} field="schedule" value={act.schedule.text} readOnly={readOnly} name={t('editor.field.schedule', { label: what })} stacked />
        <ScheduleReadingView text={act.schedule.text.en.text} lang="en" />
        <ScheduleReadingView text={act.schedule.text.zh.text} lang="zh" />
        {act.carriedOver === true && <ScheduleProposal activityId={act.id} what={what} schedule={act.schedule.text} from={from} to={to} readOnly={readOnly} />}
      </td>
    </>
  );
});

/** The blocks in the window as table bodies, with spacer rows keeping the height of those that are not. */
function windowBodies(virtualizer: ReturnType<typeof useGridWindow>['virtualizer'], margin: number, rows: (index: number) => ReactNode) {
  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tbody key={key} aria-hidden="true">
        <tr>
          <td colSpan={4} className="grid-spacer" style={{ height, padding: 0, border: 0 }} />
        </tr>
      </tbody>
    ) : null;
  let end = margin;
  const out: ReactNode[] = [];
  for (const item of virtualizer.getVirtualItems()) {
    out.push(spacer(`gap-${item.key}`, item.start - end));
    out.push(
      <Fragment key={item.key}>
        <tbody data-index={item.index} ref={virtualizer.measureElement}>{rows(item.index)}</tbody>
      </Fragment>,
    );
    end = item.end;
  }
  out.push(spacer('gap-end', margin + virtualizer.getTotalSize() - end));
  return out;
}
