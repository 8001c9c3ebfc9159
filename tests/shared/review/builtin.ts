import { readFileSync } from 'node:fs';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { emptyReviewState } from '../../../shared/review/model';

/**
 * A fresh copy of the built-in edition as a project, its review slot emptied: the edition carries
 * the translator's queries, and these tests count only the items they make.
 */
export function builtinProject(): Project {
  const p = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));
  return { ...p, review: emptyReviewState() };
}

export const DARA = { name: 'Dara Sok', organisation: 'Ministry of Environment', country: 'Cambodia', role: 'Focal point' };
export const LI = { name: '李伟', organisation: '生态环境部', country: 'China', role: 'Reviewer' };
