import { useCallback, useEffect, useState } from 'react';
import { shareStructure } from '../../../shared/checks/shareStructure';
import type { Snapshot } from '../../../shared/ipc/contract';
import { api } from '../api';

/**
 * The project as main last reported it. Main owns the document: the renderer fetches a snapshot
 * once and then replaces it whenever `doc:changed` arrives with a newer revision.
 */
export function useSnapshot(): [Snapshot | null, (s: Snapshot) => void] {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  useEffect(() => {
    let alive = true;
    const accept = (s: Snapshot) => {
      if (alive) setSnapshot((prev) => merge(prev, s));
    };
    const off = api.on('docChanged', accept);
    void api.getSnapshot({}).then(accept);
    return () => {
      alive = false;
      off();
    };
  }, []);
  const set = useCallback((s: Snapshot) => setSnapshot((prev) => merge(prev, s)), []);
  return [snapshot, set];
}

/**
 * The newer of two snapshots. What did not change keeps its object identity (a snapshot that
 * crossed IPC is all new objects), so memoised views and checks skip it: a save-state event with
 * the same revision re-renders nothing of the document.
 */
function merge(prev: Snapshot | null, s: Snapshot): Snapshot {
  if (!prev || prev.info.file !== s.info.file) return s;
  if (prev.info.revision > s.info.revision) return prev;
  return { info: s.info, project: shareStructure(prev.project, s.project) };
}
