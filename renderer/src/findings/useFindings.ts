import { useEffect, useState } from 'react';
import type { CheckResult } from '../../../shared/checks/registry';
import type { Project } from '../../../shared/model/project';
import { findingsFor } from './findingsStore';

/**
 * The open project's findings, following the user's typing: re-checked (incrementally) once the
 * snapshot has been still for `delay` ms, so a long list is not re-rendered on every keystroke.
 */
export function useFindings(project: Project, delay = 150): CheckResult {
  const [result, setResult] = useState<CheckResult>(() => findingsFor(project));
  useEffect(() => {
    const timer = setTimeout(() => setResult(findingsFor(project)), delay);
    return () => clearTimeout(timer);
  }, [project, delay]);
  return result;
}
