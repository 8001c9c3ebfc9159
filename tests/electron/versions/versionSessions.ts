import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ProjectSession } from '../../../electron/services/projectSession';
import { VersionService, type VersionServiceOptions } from '../../../electron/services/versions/versionService';

/**
 * Sessions on a fresh copy of the built-in edition, each with a version service, closed after
 * every test of the file that calls this (at its top level).
 */
export function versionSessions() {
  const open: Array<{ session: ProjectSession; versions: VersionService }> = [];
  afterEach(async () => {
    while (open.length) {
      const o = open.pop()!;
      o.versions.dispose();
      await o.session.close();
    }
  });
  /** A session in a new data folder (`prefix` names it) on `projects/<fileName>`. */
  return async function start(prefix: string, fileName: string, options: VersionServiceOptions) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
    const session = await ProjectSession.start({ dataDir, saveDebounceMs: 5, store: { lock: false } });
    const versions = new VersionService(session, options);
    open.push({ session, versions });
    const file = path.join(dataDir, 'projects', fileName);
    await session.newFromBuiltin(file);
    return { dataDir, session, versions, file };
  };
}
