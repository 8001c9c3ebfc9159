import { z } from 'zod';
import { BackupInfoSchema, SnapshotSchema } from '../snapshot';
import { EmptyRequestSchema as Empty, FilePathSchema, type MethodTable } from '../method';

/** Opening, creating and recovering project files. */
export const projectMethods = {
  getSnapshot: { channel: 'doc:get', req: Empty, res: SnapshotSchema },
  newFromBuiltin: {
    channel: 'project:newFromBuiltin',
    /** Without `file`, the desktop asks where to save; the browser build picks a fresh name in its data folder. */
    req: z.object({ file: FilePathSchema.optional() }).strict(),
    res: SnapshotSchema,
  },
  openProject: {
    channel: 'project:open',
    /** `takeOver`: the user confirmed taking the project over from whoever holds its lock. */
    req: z.object({ file: FilePathSchema.optional(), takeOver: z.boolean().optional() }).strict(),
    res: SnapshotSchema,
  },
  openBuiltin: { channel: 'project:openBuiltin', req: Empty, res: SnapshotSchema },
  listBackups: {
    channel: 'project:listBackups',
    req: z.object({ file: FilePathSchema }).strict(),
    res: z.array(BackupInfoSchema),
  },
  /** Open a backup as a new recovered copy beside the damaged file (which is never overwritten). */
  openBackup: {
    channel: 'project:openBackup',
    req: z.object({ file: FilePathSchema, backup: FilePathSchema }).strict(),
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
    res: SnapshotSchema.extend({ theirsCopy: z.string().nullable() }),
  },
} as const satisfies MethodTable;

