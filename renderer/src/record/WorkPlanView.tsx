import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import type { ImplementationRecord } from '../../../shared/record/model';
import { planIndex } from '../../../shared/record/planIndex';
import { proposedActivities, setPlannedActivities, setPlannedNote, startWorkPlan } from '../../../shared/record/workPlans';
import { useEditorActions } from '../editor/EditorContext';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { ForeseenEvents } from './ForeseenEvents';
import { CommentsToggle, useWorkPlanCommentCounts, WorkPlanCommentsPanel } from './WorkPlanComments';
import { textIn } from './recordText';

const now = () => new Date().toISOString();

/**
 * The annual work plan of a year (section 5.1 (iii)): the activities planned that year, each with
 * a note, and the events foreseen. A year without a plan shows what the schedule proposes and
 * starts from it; every edit is one undoable change.
 */
export function WorkPlanView({ fw, record, readOnly }: { fw: Framework; record: ImplementationRecord; readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const actions = useEditorActions();
  const { start, end } = fw.metadata.period;
  const years = useMemo(() => Array.from({ length: end - start + 1 }, (_, i) => start + i), [start, end]);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear >= start && thisYear <= end ? thisYear : start);
  const [adding, setAdding] = useState('');
  const yearId = useId();
  const addId = useId();
  const commentsId = useId();
  // Which anchor's comments are open: an activity id, '' for the plan as a whole (one at a time, for the year shown).
  const [comments, setComments] = useState<{ year: number; key: string } | null>(null);
  const counts = useWorkPlanCommentCounts(year);
  const isOpen = (key: string) => comments?.year === year && comments.key === key;
  const toggle = (key: string) => setComments(isOpen(key) ? null : { year, key });
  const panelId = (key: string) => `${commentsId}-${key || 'plan'}`;
  const noComments = { open: 0, total: 0 };
  const index = planIndex(fw);
  const plan = record.workPlans.find((w) => w.year === year);
  const proposal = useMemo(() => proposedActivities(fw, year), [fw, year]);
  const planned = plan?.activityIds ?? proposal;
  const addable = index.activities.filter((a) => !planned.includes(a.activity.id));
  const label = (id: string) => {
    const a = index.byId.get(id);
    return a ? localizeLabel(a.label, lang) : id;
  };

  return (
    <div className="record-workplan" data-testid="record-workplan">
      <div className="record-filters">
        <label htmlFor={yearId}>{t('record.workPlan.year')}</label>
        <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="workplan-year">
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
        <span className="record-count" data-testid="workplan-state">
          {plan ? t('record.workPlan.count', { count: plan.activityIds.length, events: plan.events.length }) : t('record.workPlan.none', { year, count: proposal.length })}
        </span>
      </div>
      <div className="record-scroll">
        <section aria-labelledby={`${yearId}-activities`}>
          <h2 id={`${yearId}-activities`} className="record-workplan-heading">{t('record.workPlan.activities', { year })}</h2>
          <div className="record-filters">
            <CommentsToggle
              label={t('record.workPlan.comments.onPlan', { year })}
              text={t('record.workPlan.comments.plan')}
              count={counts.get('') ?? noComments}
              expanded={isOpen('')}
              controls={panelId('')}
              onToggle={() => toggle('')}
            />
          </div>
          {isOpen('') && <WorkPlanCommentsPanel id={panelId('')} year={year} activityId={null} activityLabel="" />}
          {!plan && (
            <p className="record-note">
              {t('record.workPlan.proposal')}{' '}
              <button type="button" disabled={readOnly} onClick={() => void actions.apply((p) => startWorkPlan(p, year, now()))} data-testid="workplan-start">
                {t('record.workPlan.start', { year })}
              </button>
            </p>
          )}
          <table className="record-table" data-testid="workplan-activities">
            <thead>
              <tr>
                <th scope="col">{t('record.workPlan.activity')}</th>
                <th scope="col">{t('record.workPlan.schedule')}</th>
                <th scope="col">{t('record.workPlan.note')}</th>
                <th scope="col"><span className="record-sr">{t('record.workPlan.tools')}</span></th>
              </tr>
            </thead>
            <tbody>
              {planned.map((id) => {
                const a = index.byId.get(id);
                return (
                  <Fragment key={id}>
                    <tr data-testid="workplan-activity" data-activity-id={id}>
                      <th scope="row">
                        <strong>{label(id)}</strong> <span className="record-workplan-title">{a ? textIn(a.activity.text, lang) : ''}</span>
                      </th>
                      <td className="record-schedule">{a ? textIn(a.activity.schedule.text, lang) : ''}</td>
                      <td>
                        <NoteField
                          key={`${year}|${id}|${plan?.notes[id] ?? ''}`}
                          initial={plan?.notes[id] ?? ''}
                          label={t('record.workPlan.noteOn', { activity: label(id) })}
                          disabled={readOnly}
                          onCommit={(note) => void actions.apply((p) => setPlannedNote(p, year, id, note, now()))}
                        />
                      </td>
                      <td className="record-workplan-tools">
                        {/* Comments point at an activity in the year's plan: none on a proposal not yet started. */}
                        {plan && (
                          <CommentsToggle
                            label={t('record.workPlan.comments.on', { activity: label(id), year })}
                            count={counts.get(id) ?? noComments}
                            expanded={isOpen(id)}
                            controls={panelId(id)}
                            onToggle={() => toggle(id)}
                          />
                        )}
                        <button
                          type="button"
                          disabled={readOnly}
                          aria-label={t('record.workPlan.remove', { activity: label(id) })}
                          onClick={() => void actions.apply((p) => setPlannedActivities(p, year, planned.filter((x) => x !== id), now()))}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                    {plan && isOpen(id) && (
                      <tr className="record-workplan-comments-row">
                        <td colSpan={4}>
                          <WorkPlanCommentsPanel id={panelId(id)} year={year} activityId={id} activityLabel={label(id)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {planned.length === 0 && <p className="record-empty">{t('record.workPlan.noActivities')}</p>}
          <form
            className="record-filters"
            onSubmit={(e) => {
              e.preventDefault();
              if (!adding) return;
              const id = adding;
              setAdding('');
              void actions.apply((p) => setPlannedActivities(p, year, [...planned, id], now()));
            }}
          >
            <label htmlFor={addId}>{t('record.workPlan.addLabel')}</label>
            <select id={addId} value={adding} disabled={readOnly} onChange={(e) => setAdding(e.target.value)} data-testid="workplan-add-select">
              <option value="">{t('record.workPlan.pick')}</option>
              {addable.map((a) => (
                <option key={a.activity.id} value={a.activity.id}>
                  {localizeLabel(a.label, lang)} ({localizeLabel(a.componentLabel, lang)}) — {textIn(a.activity.text, lang).slice(0, 80)}
                </option>
              ))}
            </select>
            <button type="submit" disabled={readOnly || !adding} data-testid="workplan-add">{t('record.workPlan.add')}</button>
          </form>
        </section>
        <ForeseenEvents fw={fw} year={year} plan={plan} planned={planned} readOnly={readOnly} />
      </div>
    </div>
  );
}

/** A note kept locally while typed; committed (one change) on Enter or when focus leaves. */
function NoteField({ initial, label, disabled, onCommit }: { initial: string; label: string; disabled: boolean; onCommit: (note: string) => void }) {
  const [value, setValue] = useState(initial);
  const commit = () => {
    if (value.trim() !== initial) onCommit(value);
  };
  return (
    <input
      type="text"
      value={value}
      disabled={disabled}
      aria-label={label}
      className="record-workplan-note"
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') setValue(initial);
      }}
    />
  );
}
