import { z } from 'zod';
import { FileHandleSchema } from './fileHandle';

/**
 * Commands the native menus send to the renderer (event `menu:command`). The renderer runs the
 * same commands from keyboard shortcuts in the browser build. `openRecent` carries the file's
 * handle (kind `project`, minted by main when it built the menu), never its path.
 */
export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.enum(['newFromBuiltin', 'newEmpty', 'open', 'saveAs', 'export', 'undo', 'redo', 'find', 'toggleActionPlanGrid', 'uiLanguageEn', 'uiLanguageZh']),
  }),
  z.object({ command: z.literal('openRecent'), project: FileHandleSchema }),
  /** Closing or quitting: send the uncommitted typing now, then answer with `flushDone({ id })`. */
  z.object({ command: z.literal('flushBeforeClose'), id: z.string().min(1).max(100) }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
