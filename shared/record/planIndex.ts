import type { Activity, Action, Framework, PlanComponent } from '../model/framework';
import { computeLabels } from '../model/labels';
import { parseSchedule, type ScheduleReading } from '../schedule/parseSchedule';

/**
 * The action plan as the record reads it: each activity with its component, action, printed
 * labels and the years its schedule plans, and lookups by the labels reporters write.
 */
export interface PlannedActivity {
  activity: Activity;
  action: Action;
  planComponent: PlanComponent;
  /** 1-based position of the component (the `component` column's number). */
  componentNumber: number;
  componentLabel: string;
  actionLabel: string;
  label: string;
  reading: ScheduleReading;
  /**
   * The years of the plan period the schedule plans: its stated years within the period, every
   * year for an annual schedule, and from the start on for an open range. Empty when unreadable.
   */
  plannedYears: number[];
}

export interface PlanIndex {
  period: { start: number; end: number };
  activities: PlannedActivity[];
  byId: Map<string, PlannedActivity>;
  components: PlanComponent[];
  /** Plan component by its number (1-based). */
  componentByNumber(n: number): PlanComponent | undefined;
  /** An activity by the label a reporter wrote, within a component. */
  activityByLabel(componentNumber: number, label: string): PlannedActivity | undefined;
}

/** Compare labels as people type them: no spaces, any case, Chinese word or English word. */
export const labelKey = (label: string): string => label.replace(/活动/g, 'activity').replace(/\s+/g, '').toLowerCase();

function plannedYears(reading: ScheduleReading, period: { start: number; end: number }): number[] {
  if (reading.status !== 'ok') return [];
  const all: number[] = [];
  for (let y = period.start; y <= period.end; y++) all.push(y);
  if (reading.annual) return all;
  const years = new Set(reading.years.filter((y) => y >= period.start && y <= period.end));
  for (const p of reading.parts) if (p.type === 'range' && p.end === null) for (const y of all) if (y >= p.start) years.add(y);
  return [...years].sort((a, b) => a - b);
}

const cache = new WeakMap<Framework, PlanIndex>();

/** The index of a framework (remembered per framework object: the patch engine keeps unchanged objects). */
export function planIndex(fw: Framework): PlanIndex {
  const hit = cache.get(fw);
  if (hit) return hit;
  const labels = computeLabels(fw);
  const period = fw.metadata.period;
  const activities: PlannedActivity[] = [];
  const byLabel = new Map<string, PlannedActivity>();
  fw.actionPlan.components.forEach((pc, ci) => {
    for (const action of pc.actions) {
      for (const activity of action.activities) {
        const reading = parseSchedule(activity.schedule.text.en.text || activity.schedule.text.zh.text, activity.schedule.text.en.text ? 'en' : 'zh');
        const pa: PlannedActivity = {
          activity,
          action,
          planComponent: pc,
          componentNumber: ci + 1,
          componentLabel: labels.get(pc.id)?.label ?? `Component ${ci + 1}`,
          actionLabel: labels.get(action.id)?.label ?? '',
          label: labels.get(activity.id)?.label ?? '',
          reading,
          plannedYears: plannedYears(reading, period),
        };
        activities.push(pa);
        const key = `${ci + 1}|${labelKey(pa.label)}`;
        if (!byLabel.has(key)) byLabel.set(key, pa);
      }
    }
  });
  const index: PlanIndex = {
    period,
    activities,
    byId: new Map(activities.map((a) => [a.activity.id, a])),
    components: fw.actionPlan.components,
    componentByNumber: (n) => fw.actionPlan.components[n - 1],
    activityByLabel: (n, label) => {
      const key = labelKey(label);
      return byLabel.get(`${n}|${key}`) ?? byLabel.get(`${n}|activity${key}`);
    },
  };
  cache.set(fw, index);
  return index;
}
