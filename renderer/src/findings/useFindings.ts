import { useSyncExternalStore } from 'react';
import type { CheckResult } from '../../../shared/checks/registry';
import { useProjectStore } from '../store/useProjectStore';
import type { DraftText } from './checkerProtocol';
import { findingsSourceFor, type FindingsState } from './findingsSource';

/**
 * The open project's findings, following the user's typing: worked out by the checker worker
 * (findingsSource.ts) once typing pauses, so neither typing nor rendering waits for the checker.
 * Before the first check the result is empty (`useFindingsState().revision` is null).
 */
export function useFindings(): CheckResult {
  return useFindingsState().result;
}

export function useFindingsState(): FindingsState {
  const source = findingsSourceFor(useProjectStore());
  return useSyncExternalStore(source.subscribe, source.getState, source.getState);
}

/**
 * Tell the checker about text being typed (before the editor commits it after a pause), so the
 * findings follow the typing rather than the commit; `settled` once that text is committed.
 */
export function useDraftFindings(): (draft: DraftText, settled: boolean) => void {
  return findingsSourceFor(useProjectStore()).draft;
}
