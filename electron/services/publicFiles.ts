import path from 'node:path';
import type { DocUpdate, Envelope, Problem, ProjectInfo } from '../../shared/ipc/contract';
import type { FileHandles } from './fileHandles';

/**
 * What crosses to the renderer names files, never locates them: on the way out of main (IPC
 * replies and events, the loopback bridge) the open project's path becomes its handle (kind
 * `project`) and a problem's file becomes its base name, with a handle where the renderer can act
 * on it (a project that failed to load: open a backup; a locked one: take it over).
 */
export function publicInfo(info: ProjectInfo, files: FileHandles): ProjectInfo {
  return {
    ...info,
    file: info.file === null ? null : files.mint(info.file, 'project').handle,
    loadError: info.loadError && publicProblem(info.loadError, files),
    saveError: info.saveError && publicProblem(info.saveError, files),
  };
}

/** Codes whose file is a project the user may act on from the banner. */
const ACTIONABLE = (code: Problem['code']) => code.startsWith('load-') || code === 'locked';

export function publicProblem(problem: Problem, files: FileHandles): Problem {
  if (problem.file === undefined) return problem;
  const { file, ...rest } = problem;
  return {
    ...rest,
    file: path.basename(file),
    ...(ACTIONABLE(problem.code) && path.isAbsolute(file) ? { handle: files.mint(file, 'project').handle } : {}),
  };
}

/** A reply as the renderer may see it: project info (also inside `snapshot`) and problems made public. */
export function publicEnvelope(envelope: Envelope<unknown>, files: FileHandles): Envelope<unknown> {
  if (!envelope.ok) return { ok: false, problem: publicProblem(envelope.problem, files) };
  return { ok: true, value: publicValue(envelope.value, files) };
}

function publicValue(value: unknown, files: FileHandles): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as { info?: unknown; snapshot?: unknown };
  let out = value as Record<string, unknown>;
  if (isInfo(v.info)) out = { ...out, info: publicInfo(v.info, files) };
  if (v.snapshot && typeof v.snapshot === 'object' && isInfo((v.snapshot as { info?: unknown }).info)) {
    const snap = v.snapshot as { info: ProjectInfo };
    out = { ...out, snapshot: { ...snap, info: publicInfo(snap.info, files) } };
  }
  return out;
}

const isInfo = (x: unknown): x is ProjectInfo => !!x && typeof x === 'object' && 'saveState' in x && 'file' in x;

/** A session event's channel payload as the renderer may see it. */
export function publicEvent(e: { type: 'changed'; update: DocUpdate } | { type: 'saveState'; info: ProjectInfo }, files: FileHandles): { changed: boolean; payload: unknown } {
  return e.type === 'changed' ? { changed: true, payload: { ...e.update, info: publicInfo(e.update.info, files) } } : { changed: false, payload: publicInfo(e.info, files) };
}
