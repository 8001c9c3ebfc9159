import { z } from 'zod';
import { PatchSchema } from '../../model/patch/patch';
import { EmptyRequestSchema, type MethodTable } from '../method';
import { SnapshotSchema } from '../snapshot';

/** Changing the open project: every change is a list of patches, undoable as one step. */
export const documentMethods = {
  applyChange: {
    channel: 'doc:apply',
    req: z
      .object({
        /** Shown in Edit ▸ Undo …; an i18n key or plain words. */
        label: z.string().min(1).max(200),
        patches: z.array(PatchSchema).min(1).max(10_000),
        /** The revision the renderer saw; a change made against an older one is refused (stale view). */
        baseRevision: z.number().int().nonnegative().optional(),
      })
      .strict(),
    res: SnapshotSchema,
  },
  undo: { channel: 'doc:undo', req: EmptyRequestSchema, res: SnapshotSchema },
  redo: { channel: 'doc:redo', req: EmptyRequestSchema, res: SnapshotSchema },
} as const satisfies MethodTable;
