import { z } from 'zod';

/**
 * Commands the native menus send to the renderer (event `menu:command`). The renderer runs the
 * same commands from keyboard shortcuts in the browser build. `openRecent` carries the file.
 */
export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.enum(['newFromBuiltin', 'newEmpty', 'open', 'saveAs', 'export', 'undo', 'redo', 'find', 'toggleActionPlanGrid', 'uiLanguageEn', 'uiLanguageZh']),
  }),
  z.object({ command: z.literal('openRecent'), file: z.string().min(1) }),
  /** Closing or quitting: send the uncommitted typing now, then answer with `flushDone({ id })`. */
  z.object({ command: z.literal('flushBeforeClose'), id: z.string().min(1).max(100) }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
