import type { BiText, LocalizedText } from '../model/bilingual';
import { cloneJson } from '../model/clone';
import type { Framework, Period } from '../model/framework';
import { ProjectSchema, type Project } from '../model/project';
import type { ImplementationRecord } from '../record/model';
import { liveEvents } from '../record/merge';
import { annexAreasFromRecord, findSection22, section22Draft } from '../record/nextEdition';

/**
 * With a record of the previous period, the new edition's annex lists its events and its section
 * 2.2 (implementation progress of the previous plan) starts as a draft made of the record's figures
 * (shared/record/nextEdition.ts). Without one, both stay as they were carried over.
 */
function fillFromRecord(fw: Framework, old: Framework, record: ImplementationRecord | undefined): void {
  if (!record || liveEvents(record).length === 0) return;
  fw.annex.areas = annexAreasFromRecord(old, record);
  const s22 = findSection22(fw);
  const draft = section22Draft(old, record);
  if (s22 && draft.length) s22.blocks = draft;
}
import { ProblemError } from '../ipc/problem';

/**
 * "New edition from this one": the 2026-2030 edition starts as a copy of 2021-2025. What is tied
 * to the period moves with it; everything the drafters must look at again is marked, so the
 * checker can list it. Pure: the old project is not touched (the caller writes a new file).
 */

export interface NewEditionOptions {
  period: Period;
  /** The new framework's id; by default `acec-<start>-<end>`. */
  frameworkId?: string;
}


/** Edition name of a period: "2026-2030". */
export const editionName = (p: Period): string => `${p.start}-${p.end}`;

/**
 * Replace a printed year range ("2021-2025", "2021–2025", "2021－2025", "2021至2025") by another,
 * keeping the separator the text used.
 */
export function replaceYearRange(text: string, from: Period, to: Period): string {
  const pattern = new RegExp(`(?<![0-9])${from.start}(\\s*[-–—－~～至到]\\s*)${from.end}(?![0-9])`, 'gu');
  return text.replace(pattern, (_m, sep: string) => `${to.start}${sep}${to.end}`);
}

/**
 * Shift the years in both languages of a field. A language whose text changed becomes a draft
 * again (a machine edited it; a person confirms it), and its basis fingerprint goes with it.
 */
function shiftField(field: BiText, from: Period, to: Period): BiText {
  const shift = (t: LocalizedText): LocalizedText => {
    const text = replaceYearRange(t.text, from, to);
    if (text === t.text) return t;
    return { text, status: t.status === 'missing' ? 'missing' : 'draft' };
  };
  return { en: shift(field.en), zh: shift(field.zh) };
}

/**
 * The next edition's project, derived from `previous`:
 * - a new framework id, period, edition name; title and running-header title with the years
 *   replaced in both languages; status back to draft, undated;
 * - the annex now declares the previous plan's period (its "related activities" are the
 *   previous edition's, kept as a starting point the drafter edits), its title's years likewise;
 * - every action-plan activity `carriedOver: true` ("carried over, needs review"); schedules are
 *   kept as their text, for the drafter and the checker to bring into the new period;
 * - element ids are kept, so comments stay attached and the two editions can be compared.
 *
 * Only the framework and the glossary (terminology holds across editions) are carried; review
 * data of the old edition (comments, waivers, versions…) starts empty.
 */
export function deriveNewEdition(previous: Project, options: NewEditionOptions): Project {
  const old = previous.framework;
  const from = old.metadata.period;
  const to = options.period;
  if (!Number.isInteger(to.start) || !Number.isInteger(to.end) || to.end < to.start) {
    throw new ProblemError('bad-period', { start: to.start, end: to.end });
  }
  if (to.start <= from.start) {
    throw new ProblemError('period-not-later', { edition: editionName(to), from: editionName(from) });
  }
  const fw: Framework = cloneJson(old);
  fw.id = options.frameworkId ?? `acec-${to.start}-${to.end}`;
  fw.metadata = {
    ...fw.metadata,
    title: shiftField(fw.metadata.title, from, to),
    shortTitle: shiftField(fw.metadata.shortTitle, from, to),
    period: { ...to },
    edition: editionName(to),
    status: 'draft',
    date: null,
  };
  const annexFrom = fw.annex.period;
  fw.annex = { ...fw.annex, period: { ...from }, title: shiftField(fw.annex.title, annexFrom, from) };
  for (const pc of fw.actionPlan.components) {
    for (const action of pc.actions) {
      for (const activity of action.activities) activity.carriedOver = true;
    }
  }
  fillFromRecord(fw, old, previous.record);
  return ProjectSchema.parse({ schemaVersion: previous.schemaVersion, framework: fw, glossary: cloneJson(previous.glossary) });
}
