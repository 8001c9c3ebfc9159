import { z } from 'zod';
import { PatchSchema } from '../../model/patch/patch';
import { EmptyRequestSchema, type MethodTable } from '../method';
import { BareFileNameSchema, FileHandleSchema, FileRefSchema } from '../fileHandle';
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
   * there. Without `target` the desktop asks with a save dialog; the browser build first turns
   * the name the user typed into a target with `chooseSaveTarget`.
   */
  saveAs: { channel: 'project:saveAs', req: z.object({ target: FileHandleSchema.optional() }).strict(), res: SnapshotSchema },
  /**
   * Where Save As writes, in the browser build (which has no native dialog): a bare file name the
   * user typed, placed by main in its own projects folder (`.json` added when missing); the reply
   * is a handle of kind `save-target`. A name with a folder in it is refused.
   */
  chooseSaveTarget: {
    channel: 'project:chooseSaveTarget',
    req: z.object({ name: BareFileNameSchema }).strict(),
    res: FileRefSchema,
  },
  /**
   * A new project with an empty framework (for the given period), to build a document from
   * nothing. The desktop asks where; the browser build picks a fresh name.
   */
  newEmpty: {
    channel: 'project:newEmpty',
    req: z.object({ start: z.number().int().min(1900).max(2200).optional() }).strict(),
    res: SnapshotSchema,
  },
  /** Try a failed save again. */
  retrySave: { channel: 'project:retrySave', req: EmptyRequestSchema, res: SnapshotSchema },
  /** The UI language the user chose last (kept in the app's settings, so it survives a restart). */
  getUiLanguage: { channel: 'settings:getUiLanguage', req: EmptyRequestSchema, res: z.enum(['en', 'zh']) },
  setUiLanguage: { channel: 'settings:setUiLanguage', req: z.object({ lang: z.enum(['en', 'zh']) }).strict(), res: z.enum(['en', 'zh']) },
  /** Recently opened project files, most recent first, each with a handle of kind `project`. */
  recentProjects: { channel: 'project:recent', req: EmptyRequestSchema, res: z.array(FileRefSchema) },
} as const satisfies MethodTable;
