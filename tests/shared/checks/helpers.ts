import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloneJson } from '../../../shared/model/clone';
import type { Framework } from '../../../shared/model/framework';
import { loadProjectText } from '../../../shared/model/loadProject';
import type { Project } from '../../../shared/model/project';
import type { Finding } from '../../../shared/checks/finding';

const file = fileURLToPath(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url));

/** A fresh copy of the built-in edition. */
export function builtin(): Project {
  const r = loadProjectText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`built-in edition does not load: ${JSON.stringify(r.failure)}`);
  return r.project;
}

/**
 * The built-in edition without its review threads (the translator's queries): for tests of the
 * review machinery, which make their own comments and count them.
 */
export function builtinWithoutReview(): Project {
  const p = builtin();
  return { ...p, review: { ...p.review, items: [], dispositions: [], resolutions: [] } };
}

/** The built-in framework, changed by `edit` (on a copy). */
export function edited(edit: (fw: Framework) => void): Framework {
  const fw = cloneJson(builtin().framework);
  edit(fw);
  return fw;
}

/** Findings of `code` as "elementIds|field|lang" strings, for compact assertions. */
export function where(findings: readonly Finding[], code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => `${f.elementIds.join(',')}|${f.field ?? ''}|${f.lang ?? ''}`);
}
