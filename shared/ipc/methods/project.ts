import { z } from 'zod';
import { BackupInfoSchema, SnapshotSchema } from '../snapshot';
import { EmptyRequestSchema as Empty, type MethodTable } from '../method';
import { FileHandleSchema, FileRefSchema } from '../fileHandle';

/** Opening, creating and recovering project files. */
export const projectMethods = {
  getSnapshot: { channel: 'doc:get', req: Empty, res: SnapshotSchema },
  newFromBuiltin: {
    channel: 'project:newFromBuiltin',
    /** The desktop asks where to save; the browser build picks a fresh name in its data folder. */
    req: Empty,
    res: SnapshotSchema,
  },
  openProject: {
    channel: 'project:open',
    /**
     * `project`: a handle of kind `project` (the recent list, a problem's file); without it the
     * desktop asks with its open dialog. `takeOver`: the user confirmed taking the project over
     * from whoever holds its lock.
     */
    req: z.object({ project: FileHandleSchema.optional(), takeOver: z.boolean().optional() }).strict(),
    res: SnapshotSchema,
  },
  openBuiltin: { channel: 'project:openBuiltin', req: Empty, res: SnapshotSchema },
  /** The backups of a project (handle of kind `project`) that load, newest first, each with its own handle (kind `backup`). */
  listBackups: {
    channel: 'project:listBackups',
    req: z.object({ project: FileHandleSchema }).strict(),
    res: z.array(BackupInfoSchema),
  },
  /** Open a backup (from listBackups of the same project) as a new recovered copy beside the damaged file (which is never overwritten). */
  openBackup: {
    channel: 'project:openBackup',
    req: z.object({ project: FileHandleSchema, backup: FileHandleSchema }).strict(),
    res: SnapshotSchema,
  },
  /**
   * The open file was changed on disk by someone else (a save failed with a `disk-*` code): take
   * theirs (`reload`; the edits here are dropped) or keep mine (`keepMine`: their file is kept as
   * `<name>.theirs-<time>.json` beside it, then ours is written). *Save as* is `saveAs`.
   */
  resolveDiskChange: {
    channel: 'project:resolveDiskChange',
    req: z.object({ choice: z.enum(['reload', 'keepMine']) }).strict(),
    res: SnapshotSchema.extend({ theirsCopy: FileRefSchema.nullable() }),
  },
} as const satisfies MethodTable;

