import { readFileSync } from 'node:fs';
import { ProjectSchema, type Project } from '../../../shared/model/project';

/** A fresh copy of the built-in edition as a project (review slot empty). */
export function builtinProject(): Project {
  return ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));
}

export const DARA = { name: 'Dara Sok', organisation: 'Ministry of Environment', country: 'Cambodia', role: 'Focal point' };
export const LI = { name: '李伟', organisation: '生态环境部', country: 'China', role: 'Reviewer' };
