import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildExportModel } from '../../../shared/export/buildModel';
import { projectPreflight, refusal, type PreflightFinding, type PreflightSummary } from '../../../shared/export/preflight';
import type { ExportFormat, ExportOptions } from '../../../shared/export/types';
import type { Project } from '../../../shared/model/project';
import { writeFileAtomic } from '../atomicFile';
import { exporterFor, type RenderHow } from './registry';
import { ProblemError } from '../../../shared/ipc/problem';

/** Where a project's consistency findings come from, with their waived state (by default: the checker). */
export type FindingsSource = (project: Project) => readonly PreflightFinding[];


/**
 * The checker, loaded when first needed: a draft export never waits for it, and a command-line
 * run that makes a draft does not read and compile every rule.
 */
async function defaultFindings(): Promise<FindingsSource> {
  return (await import('../../../shared/export/checkFindings')).checkerFindings;
}

/** The pre-flight summary of exporting `project` with `options`, given where its findings come from. */
export function preflightFor(project: Project, options: Pick<ExportOptions, 'layout'>, findings: FindingsSource): PreflightSummary {
  return projectPreflight(project, options.layout, findings(project));
}

/** Today's date as YYYY-MM-DD (local time: the date a drafter would write on the draft). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The file name an export gets by default: the project's own file name, the layout, the stage and
 * the date (`acec-draft-bilingual-final-2026-12-03.pdf`), so exports of different projects, layouts,
 * stages or days never share a name. A project not saved yet (the built-in edition) is named after
 * its edition (`framework-2021-2025-…`).
 */
export function defaultExportName(project: Project, format: ExportFormat, options: Pick<ExportOptions, 'layout' | 'stage' | 'date'>, projectFile?: string | null): string {
  const stem = projectFile ? path.basename(projectFile).replace(/\.json$/i, '') : `framework-${project.framework.metadata.edition}`;
  const safe = stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'framework';
  return `${safe}-${options.layout}-${options.stage}-${options.date ?? today()}.${exporterFor(format).extension}`;
}

export interface ExportResult {
  format: ExportFormat;
  file: string;
  bytes: number;
  ms: number;
}

/**
 * Export one format to `target`. Refuses a final export until the project's final gate allows it
 * (its requirements met and the text signed off). The file is written atomically: on any failure the target is untouched (an earlier file
 * there stays as it was) and no partial file is left.
 */
export async function exportProject(
  project: Project,
  format: ExportFormat,
  options: ExportOptions,
  target: string,
  findings?: FindingsSource,
  how?: RenderHow,
): Promise<ExportResult> {
  const started = performance.now();
  // Only a final export can be refused, so only a final export waits for the checker.
  if (options.stage === 'final') {
    const refused = refusal(preflightFor(project, options, findings ?? (await defaultFindings())), options.stage);
    if (refused) {
      throw new ProblemError('final-blocked', { count: refused.unmet.length, unmet: refused.unmet.join(', ') }, { file: target });
    }
  }
  let bytes: Uint8Array;
  try {
    const model = buildExportModel(project.framework, { ...options, date: options.date ?? today() });
    bytes = await exporterFor(format).render(model, how);
  } catch (e) {
    throw new ProblemError('render-failed', { format, detail: (e as Error).message }, { file: target, cause: e });
  }
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  } catch (e) {
    throw new ProblemError('write-failed', { detail: (e as Error).message }, { file: target, cause: e });
  }
  return { format, file: target, bytes: bytes.byteLength, ms: performance.now() - started };
}
