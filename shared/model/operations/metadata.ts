import type { Period } from '../framework';
import type { Patch } from '../patch/patch';
import type { Project } from '../project';
import type { Operation } from './types';

/** The edition's plain (not bilingual) values: period, status, date, edition name, publisher contacts. */
export type MetadataField = 'edition' | 'status' | 'date' | 'periodStart' | 'periodEnd' | 'phone' | 'fax' | 'email' | 'web' | 'annexPeriodStart' | 'annexPeriodEnd';

/**
 * Set one plain metadata value. Values arrive as the user typed them; the session's schema check
 * refuses an invalid result (a period ending before it starts, a malformed date) and nothing changes.
 * An empty date means "undated" (null).
 */
export function editMetadata(project: Project, field: MetadataField, raw: string): Operation {
  const md = project.framework.metadata;
  const M = ['framework', 'metadata'];
  const year = (s: string) => Number.parseInt(s, 10);
  let patch: Patch;
  switch (field) {
    case 'edition':
      patch = { op: 'replace', path: [...M, 'edition'], value: raw };
      break;
    case 'status':
      patch = { op: 'replace', path: [...M, 'status'], value: raw };
      break;
    case 'date':
      patch = { op: 'replace', path: [...M, 'date'], value: raw.trim() === '' ? null : raw.trim() };
      break;
    case 'periodStart':
    case 'periodEnd':
      patch = { op: 'replace', path: [...M, 'period'], value: movePeriod(md.period, field === 'periodStart' ? 'start' : 'end', year(raw)) };
      break;
    case 'annexPeriodStart':
    case 'annexPeriodEnd':
      patch = {
        op: 'replace',
        path: ['framework', 'annex', 'period'],
        value: movePeriod(project.framework.annex.period, field === 'annexPeriodStart' ? 'start' : 'end', year(raw)),
      };
      break;
    default:
      patch = { op: 'replace', path: [...M, 'publisher', field], value: raw };
  }
  return { label: 'editMetadata', patches: [patch] };
}

/**
 * A period with one end changed. Moving the start past the end (2021-2025 → start 2026) moves the
 * end with it, keeping the length (2026-2030), and likewise for the end before the start: a
 * drafter starting the next edition types one year, not two in a particular order.
 */
export function movePeriod(period: Period, which: 'start' | 'end', value: number): Period {
  const length = period.end - period.start;
  if (which === 'start') return value > period.end ? { start: value, end: value + length } : { ...period, start: value };
  return value < period.start ? { start: value - length, end: value } : { ...period, end: value };
}
