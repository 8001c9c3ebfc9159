import { useCallback, useEffect, useState } from 'react';
import type { ProjectInfo } from '../../../shared/ipc/contract';
import type { VersionInfo } from '../../../shared/ipc/methods/versions';
import { api } from '../api';

export interface VersionLists {
  named: VersionInfo[];
  history: VersionInfo[];
}

/**
 * The open project's named versions and history. Reloaded when another file opens and whenever
 * a save completes (history snapshots are taken on save).
 */
export function useVersionList(info: ProjectInfo): { lists: VersionLists | null; reload: () => void; error: string | null } {
  const [lists, setLists] = useState<VersionLists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const savedKey = info.saveState === 'saved' ? info.revision : -1;
  useEffect(() => {
    let alive = true;
    api.listVersions({}).then(
      (l) => {
        if (!alive) return;
        setLists(l);
        setError(null);
      },
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [info.file, savedKey, tick]);
  return { lists, reload, error };
}
