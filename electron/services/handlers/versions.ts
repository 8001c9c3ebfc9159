import { ProblemError } from '../../../shared/ipc/problem';
import type { FeatureHandlers, ShellHooks } from './types';
import type { ProjectSession } from '../projectSession';
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
  return {
    listVersions: async () => service.list(),
    saveVersion: async (req) => service.saveNamed(req),
    restoreVersion: async ({ source, baseRevision }) => service.restore(source, baseRevision),
    compareVersions: async ({ before, after }) => service.compare(before, after),
    newEdition: async ({ period, file }) => service.newEdition(period, file, hooks.pickNewProjectFile),
    exportCompareReport: async ({ before, after, format, lang, file }) => {
      // The desktop asks where to save; the browser build (no hook) writes into the data folder's exports/.
      const target = file ?? (hooks.pickExportTarget ? await hooks.pickExportTarget(`comparison-report.${format}`, format) : undefined);
      if (target === null) throw new ProblemError('cancelled');
      return service.exportReport(before, after, format, lang, target);
    },
  };
}
