import { z } from 'zod';
import { PatchSchema } from '../../model/patch/patch';
import { EmptyRequestSchema, FilePathSchema, type MethodTable } from '../method';
import { DocUpdateSchema, SnapshotSchema } from '../snapshot';

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
        /**
         * Consecutive changes with the same key (typing in one field) are undone as one step; any
         * other change, undo or redo ends the run.
         */
        coalesce: z.string().min(1).max(300).optional(),
      })
      .strict(),
    /** The same update doc:changed broadcasts (patches, not the project). */
    res: DocUpdateSchema,
  },
  undo: { channel: 'doc:undo', req: EmptyRequestSchema, res: DocUpdateSchema },
  redo: { channel: 'doc:redo', req: EmptyRequestSchema, res: DocUpdateSchema },
  /**
   * Save the open project, with its unsaved edits and undo history, to another file and continue
   * there. Without `file` the desktop asks with a save dialog; the browser build needs `file`.
   */
  saveAs: { channel: 'project:saveAs', req: z.object({ file: FilePathSchema.optional() }).strict(), res: SnapshotSchema },
  /**
   * A new project with an empty framework (for the given period), to build a document from
   * nothing. Without `file` the desktop asks where; the browser build picks a fresh name.
   */
  newEmpty: {
    channel: 'project:newEmpty',
    req: z.object({ file: FilePathSchema.optional(), start: z.number().int().min(1900).max(2200).optional() }).strict(),
    res: SnapshotSchema,
  },
  /** Try a failed save again. */
  retrySave: { channel: 'project:retrySave', req: EmptyRequestSchema, res: SnapshotSchema },
  /** The UI language the user chose last (kept in the app's settings, so it survives a restart). */
  getUiLanguage: { channel: 'settings:getUiLanguage', req: EmptyRequestSchema, res: z.enum(['en', 'zh']) },
  setUiLanguage: { channel: 'settings:setUiLanguage', req: z.object({ lang: z.enum(['en', 'zh']) }).strict(), res: z.enum(['en', 'zh']) },
  /** Recently opened project files, most recent first. */
  recentProjects: { channel: 'project:recent', req: EmptyRequestSchema, res: z.array(z.string()) },
} as const satisfies MethodTable;
