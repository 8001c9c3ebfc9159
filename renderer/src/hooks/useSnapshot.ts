import { useEffect, useState } from 'react';
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
      if (alive) setSnapshot((prev) => (prev && prev.info.revision > s.info.revision && prev.info.file === s.info.file ? prev : s));
    };
    const off = api.on('docChanged', accept);
    void api.getSnapshot({}).then(accept);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return [snapshot, setSnapshot];
}
