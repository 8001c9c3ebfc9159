import { findingsOf, type Checker } from '../checks/registry';
import type { Project } from '../model/project';
import type { PreflightFinding } from './preflight';

/**
 * The consistency checker's findings as the pre-flight needs them: severity, where, and whether
 * the drafters waived it (a waiver in the project matches a finding by its key). Pass the
 * session's incremental checker to reuse its memo; without one the project is checked afresh.
 */
export function checkerFindings(project: Project, checker?: Checker): PreflightFinding[] {
  const waived = new Set(project.waivers.map((w) => w.key));
  const findings = checker ? checker.check(project) : findingsOf(project);
  return findings.map((f) => ({
    key: f.key,
    code: f.code,
    severity: f.severity,
    ...(f.elementIds[0] ? { elementId: f.elementIds[0] } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.lang ? { lang: f.lang } : {}),
    data: f.data,
    waived: waived.has(f.key),
  }));
}
