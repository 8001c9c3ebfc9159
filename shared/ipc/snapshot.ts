import { z } from 'zod';
import { PatchSchema } from '../model/patch/patch';
import { ProjectSchema } from '../model/project';
import { ProblemSchema } from './problem';

export const SaveStateSchema = z.enum(['saved', 'saving', 'unsaved', 'error']);

export { ProblemSchema, type Problem } from './problem';

export const ProjectInfoSchema = z.object({
  /**
   * The open project file, null for the built-in edition. In main, its absolute path; across IPC,
   * its handle (kind `project`, shared/ipc/fileHandle.ts): the renderer never sees a path.
   */
  file: z.string().nullable(),
  /** Display name (file name without folder, or the edition's name). */
  name: z.string(),
  /** The built-in published edition: shown read-only; "New from…" makes an editable copy. */
  builtin: z.boolean(),
  readOnly: z.boolean(),
  /** Opened read-only because the file, or its folder, cannot be written (Save as still works). */
  readOnlyFile: z.enum(['file', 'folder']).nullable().optional(),
  saveState: SaveStateSchema,
  saveError: ProblemSchema.nullable(),
  /** A project that failed to load at start-up or on open (the file was left untouched). */
  loadError: ProblemSchema.nullable(),
  revision: z.number().int().nonnegative(),
  /** Labels of the change Undo / Redo would revert / reapply (null = nothing to undo / redo). */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;

export const SnapshotSchema = z.object({ info: ProjectInfoSchema, project: ProjectSchema });
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * What main broadcasts after each change to the open project (and replies to applyChange, undo and
 * redo): the patches that turn revision `revision - 1` into `revision`, and the small project info.
 * `patches: null` means the project was replaced as a whole (another file opened, a version
 * restored): the renderer fetches a full snapshot. A renderer that is not at `revision - 1` (it
 * missed an update) fetches a full snapshot too.
 */
export const DocUpdateSchema = z.object({
  revision: z.number().int().nonnegative(),
  patches: z.array(PatchSchema).nullable(),
  info: ProjectInfoSchema,
});
export type DocUpdate = z.infer<typeof DocUpdateSchema>;

/** One backup as the renderer knows it: its handle (kind `backup`) and name, when it was taken, its size. */
export const BackupInfoSchema = z.object({ handle: z.string(), name: z.string(), takenAt: z.string(), bytes: z.number() });

