import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import type { FinalRequirements, SignOff } from './finalGate';

/**
 * The changes the final gate makes to a project, as patches for `applyChange` (one undoable,
 * validated step each, saved like any edit): recording a sign-off (kept, never replaced: the
 * project's record of who signed off which text) and setting which requirements apply.
 */

export function signOffPatches(project: Project, signOff: SignOff): Patch[] {
  return [{ op: 'insert', path: ['final', 'signOffs'], index: project.final.signOffs.length, value: signOff }];
}

export function requirementsPatches(project: Project, requirements: Partial<FinalRequirements>): Patch[] {
  return [{ op: 'replace', path: ['final', 'requirements'], value: { ...project.final.requirements, ...requirements } }];
}
