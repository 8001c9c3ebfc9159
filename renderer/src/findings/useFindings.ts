import { useEffect, useState } from 'react';
import type { CheckResult } from '../../../shared/checks/registry';
import { useProject } from '../store/useProjectStore';
import { findingsFor } from './findingsStore';

const whole = <T,>(p: T) => p;

/**
 * The open project's findings, following the user's typing: re-checked (incrementally) once the
 * project store has been still for `delay` ms, so a long list is not re-rendered on every keystroke.
 */
export function useFindings(delay = 150): CheckResult {
  const project = useProject(whole);
  const [result, setResult] = useState<CheckResult>(() => findingsFor(project));
  useEffect(() => {
    const timer = setTimeout(() => setResult(findingsFor(project)), delay);
    return () => clearTimeout(timer);
  }, [project, delay]);
  return result;
}
