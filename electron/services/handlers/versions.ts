import { ProblemError } from '../../../shared/ipc/problem';
import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
import { fileHandlesOf } from '../fileHandles';
import type { VersionSource } from '../../../shared/ipc/methods/versions';
import { VersionService } from '../versions/versionService';

/**
 * One version service per session: it listens to the session's saves for automatic history, so
 * creating handlers twice over one session (IPC and the loopback bridge) must not double it.
 */
const services = new WeakMap<ProjectSession, VersionService>();

export function versionServiceOf(session: ProjectSession): VersionService {
  let service = services.get(session);
  if (!service) {
    const interval = Number(process.env.ACEC_HISTORY_INTERVAL_MS);
    service = new VersionService(session, Number.isFinite(interval) && interval >= 0 ? { historyIntervalMs: interval } : {});
    services.set(session, service);
  }
  return service;
}

/** Editions, named versions, history, restore and compare. */
export function versionsHandlers(session: ProjectSession, hooks: ShellHooks): FeatureHandlers<'versions'> {
  const service = versionServiceOf(session);
  const files = fileHandlesOf(session);
  // A `file` source names a project file by its handle (kind `project`); the version service reads paths.
  const local = (s: VersionSource): VersionSource => (s.kind === 'file' ? { kind: 'file', file: files.resolve(s.file, 'project') } : s);
  // What the renderer gets back describes a file source by the handle it sent, never by its path.
  const described = <T extends { source: VersionSource }>(d: T, sent: VersionSource): T => (sent.kind === 'file' ? { ...d, source: sent } : d);
  return {
    listVersions: async () => service.list(),
    saveVersion: async (req) => service.saveNamed(req),
    restoreVersion: async ({ source, baseRevision }) => service.restore(local(source), baseRevision),
    compareVersions: async ({ before, after }) => {
      const reply = await service.compare(local(before), local(after));
      return { ...reply, before: described(reply.before, before), after: described(reply.after, after) };
    },
    newEdition: async ({ period }) => service.newEdition(period, undefined, hooks.pickNewProjectFile),
    exportCompareReport: async ({ before, after, format, lang }) => {
      // The desktop asks where to save; the browser build (no hook) writes into the data folder's exports/.
      const target = hooks.pickExportTarget ? await hooks.pickExportTarget(`comparison-report.${format}`, format) : undefined;
      if (target === null) throw new ProblemError('cancelled');
      const out = await service.exportReport(local(before), local(after), format, lang, target);
      return { ...out, file: files.mint(out.file, 'written') };
    },
  };
}
