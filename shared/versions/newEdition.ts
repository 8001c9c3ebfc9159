import type { BiText, LocalizedText } from '../model/bilingual';
import { cloneJson } from '../model/clone';
import type { Framework, Period, PriorityArea, Section } from '../model/framework';
import { ProjectSchema, type Project } from '../model/project';
import type { ImplementationRecord } from '../record/model';
import { liveEvents } from '../record/merge';
import { ProblemError } from '../ipc/problem';
import { annexAreasFromRecord, findSection22, section22Draft } from '../record/nextEdition';

/**
 * With a record of the previous period, the new edition's annex lists its events and its section
 * 2.2 (implementation progress of the previous plan) starts as a draft made of the record's figures
 * (shared/record/nextEdition.ts). Without one, the annex starts empty and section 2.2 keeps its
 * carried-over text.
 */
function fillFromRecord(fw: Framework, old: Framework, record: ImplementationRecord | undefined): void {
  if (!record || liveEvents(record).length === 0) return;
  fw.annex.areas = annexAreasFromRecord(old, record);
  const s22 = findSection22(fw);
  const draft = section22Draft(old, record);
  if (s22 && draft.length) s22.blocks = draft;
}

/**
 * "New edition from this one": the 2026-2030 edition starts as a copy of 2021-2025. What is tied
 * to the period moves with it; everything the drafters must look at again is marked, so the
 * checker can list it. Pure: the old project is not touched (the caller writes a new file).
 */

export interface NewEditionOptions {
  period: Period;
  /** The new framework's id; by default `acec-<start>-<end>`. */
  frameworkId?: string;
  /**
   * Fills the new edition's annex (the related activities of the plan period just implemented).
   * Called with the previous project; what it returns becomes the annex's priority areas. Where it
   * is absent or returns undefined (no implementation record yet), the annex starts empty.
   */
  annexAreas?: AnnexFiller;
}

/** Makes the priority areas of a new edition's annex from the previous project (its implementation record). */
export type AnnexFiller = (previous: Project, previousPeriod: Period) => PriorityArea[] | undefined;

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
 * A printed year range ending the year before `period` starts ("2016-2020" before 2021-2025), as
 * section 2.2's title names the plan implemented before the edition being replaced.
 */
function endsBefore(text: string, period: Period): Period | null {
  const m = new RegExp(`(?<![0-9])([0-9]{4})\\s*[-–—－~～至到]\\s*${period.start - 1}(?![0-9])`, 'u').exec(text);
  return m ? { start: Number(m[1]), end: period.start - 1 } : null;
}

/**
 * Section titles that name the plan period before the previous edition ("Implementation
 * progress of … (2016-2020)") name the previous edition's period instead: the new edition reports
 * on the plan just implemented.
 */
function retitleProgressSections(sections: Section[], from: Period): void {
  for (const s of sections) {
    for (const lang of ['en', 'zh'] as const) {
      const before = endsBefore(s.title[lang].text, from);
      if (before) s.title = shiftField(s.title, before, from, lang);
    }
    retitleProgressSections(s.subsections, from);
  }
}

/**
 * Shift the years in both languages of a field. A language whose text changed becomes a draft
 * again (a machine edited it; a person confirms it), and its basis fingerprint goes with it.
 */
function shiftField(field: BiText, from: Period, to: Period, only?: 'en' | 'zh'): BiText {
  const shift = (t: LocalizedText): LocalizedText => {
    const text = replaceYearRange(t.text, from, to);
    if (text === t.text) return t;
    return { text, status: t.status === 'missing' ? 'missing' : 'draft' };
  };
  return { en: only === 'zh' ? field.en : shift(field.en), zh: only === 'en' ? field.zh : shift(field.zh) };
}

/**
 * The next edition's project, derived from `previous`:
 * - a new framework id, period, edition name; title and running-header title with the years
 *   replaced in both languages; status back to draft, undated;
 * - the annex now reports on the previous plan's period: it declares that period, its title names
 *   it, and it starts empty (the older annex's 2011-2020 rows stay with the older edition), or is
 *   filled by `options.annexAreas` (from the implementation record) where one is given;
 * - section titles naming the plan before the previous one (2.2 "Implementation progress of …
 *   (2016-2020)") name the previous period (2021-2025);
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
  fw.annex = {
    ...fw.annex,
    period: { ...from },
    title: shiftField(fw.annex.title, annexFrom, from),
    areas: options.annexAreas?.(previous, { ...from }) ?? [],
  };
  retitleProgressSections(fw.sections, from);
  for (const pc of fw.actionPlan.components) {
    for (const action of pc.actions) {
      for (const activity of action.activities) activity.carriedOver = true;
    }
  }
  fillFromRecord(fw, old, previous.record);
  return ProjectSchema.parse({ schemaVersion: previous.schemaVersion, framework: fw, glossary: cloneJson(previous.glossary) });
}
