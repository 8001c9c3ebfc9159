import path from 'node:path';
import { ProblemError } from '../../../shared/ipc/problem';
import type { ProgressFileResult } from '../../../shared/ipc/methods/record';
import type { Project } from '../../../shared/model/project';
import { replaceRecord } from '../../../shared/record/operations';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';
import { importProgressBytes, progressRefusal } from '../record/progressFiles';
import { buildTemplatePacket, buildTemplateWorkbook } from '../record/progressTemplate';
import { exportProgressReport, openProgressPacket } from '../record/progressWorkspaceFiles';
import { reportFileName, selfEvaluationModel } from '../record/reportFiles';
import { exporterFor } from '../export/registry';
import { resolveTarget } from '../review/outputPath';
import type { FeatureHandlers, ShellHooks } from './types';

/**
 * The Implementation view's files: progress reports in (CSV, workbook, packet), a country's
 * template out, and the self-evaluation report. Written files go where the user chooses (desktop
 * save dialog) or into the data folder's `exports/` (browser build).
 */
export function recordHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'record'> {
  const files = fileHandlesOf(session);
  const target = async (suggested: string, extension: string): Promise<string> => {
    const chosen = await resolveTarget(session.dataDir, suggested, undefined, hooks.pickRecordFile);
    const ext = path.extname(chosen).toLowerCase();
    if (ext && !suggested.toLowerCase().endsWith(ext)) throw new ProblemError('bad-target', { extension }, { file: chosen });
    return path.resolve(ext ? chosen : `${chosen}${extension}`);
  };
  return {
    importProgress: async ({ files }) => {
      if (session.current.progress) throw new ProblemError('progress-mode');
      if (session.info().readOnly) throw new ProblemError('read-only');
      const before = session.current;
      let project: Project = before;
      const results: ProgressFileResult[] = [];
      for (const f of files) {
        try {
          const r = await importProgressBytes(project, f.name, new Uint8Array(Buffer.from(f.base64, 'base64')));
          project = r.project;
          const o = r.outcome;
          results.push({ name: f.name, ok: true, kind: r.kind, rows: r.rows, added: o.added, known: o.known, statuses: o.statuses, refused: r.refused, repeated: r.repeated });
        } catch (e) {
          const refused = progressRefusal(e);
          if (!refused) throw e;
          results.push({ name: f.name, ok: false, reason: refused.reason, detail: refused.detail });
        }
      }
      const changed = project.record !== before.record && JSON.stringify(project.record) !== JSON.stringify(before.record);
      const snapshot = changed ? session.applyChange('recordImport', replaceRecord(project.record).patches) : session.snapshot();
      return { files: results, changed, snapshot };
    },
    exportProgressTemplate: async ({ country, kind }) => {
      const project = session.current;
      if (project.progress) throw new ProblemError('progress-mode');
      const now = new Date().toISOString();
      const stem = `${project.framework.id}-progress-${country}`;
      const extension = kind === 'xlsx' ? '.xlsx' : '.acec-progress.json';
      const out = await target(`${stem}${extension}`, kind === 'xlsx' ? '.xlsx' : '.json');
      const bytes = kind === 'xlsx' ? await buildTemplateWorkbook(project, country, now) : new TextEncoder().encode(JSON.stringify(buildTemplatePacket(project, country, now), null, 1));
      await writeFileAtomic(out, bytes);
      return { file: files.mint(out, 'written'), bytes: bytes.byteLength };
    },
    openProgressPacket: async ({ name, base64 }) => openProgressPacket(session, { name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) }),
    exportProgressReport: async () => {
      const r = await exportProgressReport(session, undefined, hooks.pickRecordFile);
      return { ...r, file: files.mint(r.file, 'written') };
    },
    exportSelfEvaluation: async ({ format, layout, year }) => {
      const project = session.current;
      const { start, end } = project.framework.metadata.period;
      if (year !== null && (year < start || year > end)) throw new ProblemError('year-outside-period', { start, end, year });
      const exporter = exporterFor(format);
      const out = await target(reportFileName(project, year, layout, exporter.extension), `.${exporter.extension}`);
      const bytes = await exporter.render(selfEvaluationModel(project, { year, layout, forWord: format === 'docx' }));
      await writeFileAtomic(out, bytes);
      return { file: files.mint(out, 'written'), bytes: bytes.byteLength };
    },
  };
}
