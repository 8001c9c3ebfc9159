import type { BiText, Language } from '../../../shared/model/bilingual';
import { localizeLabel } from '../../../shared/model/labelWords';
import { componentOf } from '../../../shared/record/figures';
import type { RecordEvent } from '../../../shared/record/model';
import { planIndex } from '../../../shared/record/planIndex';
import type { Framework } from '../../../shared/model/framework';
import { eventYears } from '../../../shared/record/eventDate';
import { printPlace } from '../../../shared/record/place';

/** A bilingual text in the UI language, else the other one (an event reported in one language only). */
export function textIn(t: BiText, lang: Language): string {
  return t[lang].text || t[lang === 'en' ? 'zh' : 'en'].text;
}

/** What the events table shows and sorts on, derived once per event object (the store keeps unchanged events). */
export interface EventRow {
  event: RecordEvent;
  title: string;
  place: string;
  /** Country where held: ISO code, `online`, or the country as written. */
  country: string;
  componentId: string | null;
  componentLabel: string;
  activityLabels: string[];
  years: number[];
}

type Index = ReturnType<typeof planIndex>;
const rowCache = new WeakMap<RecordEvent, { index: Index; lang: Language; row: EventRow }>();
const componentLabels = new WeakMap<Index, Map<string, string>>();

/** Printed label of each plan component (as in the action plan: "Component 1"). */
export function componentLabelsOf(index: Index): Map<string, string> {
  let m = componentLabels.get(index);
  if (!m) {
    m = new Map();
    for (const a of index.activities) if (!m.has(a.planComponent.id)) m.set(a.planComponent.id, a.componentLabel);
    componentLabels.set(index, m);
  }
  return m;
}

/** The table row of an event in a language (cached per event object, plan index and language). */
export function eventRow(fw: Framework, e: RecordEvent, lang: Language): EventRow {
  const index = planIndex(fw);
  const hit = rowCache.get(e);
  if (hit && hit.index === index && hit.lang === lang) return hit.row;
  const componentId = componentOf(fw, e);
  const label = componentId ? componentLabelsOf(index).get(componentId) : undefined;
  const row: EventRow = {
    event: e,
    title: textIn(e.title, lang),
    place: printPlace(e.place, lang),
    country: e.place.online ? 'online' : (e.place.countryCode ?? e.place.country),
    componentId,
    componentLabel: label ? localizeLabel(label, lang) : '',
    activityLabels: e.activityIds.map((id) => index.byId.get(id)).filter((a) => a !== undefined).map((a) => localizeLabel(a.label, lang)),
    years: eventYears(e.date),
  };
  rowCache.set(e, { index, lang, row });
  return row;
}
