import { z } from 'zod';
import type { MethodTable } from '../method';

/** The desktop shell asking the page for something before it acts (closing, quitting). */
export const shellMethods = {
  /**
   * The page's answer to the menu command `flushBeforeClose`: the typing it had not committed yet
   * has been sent (and applied). Main waits for it before saving and deciding whether to close.
   */
  flushDone: { channel: 'shell:flushDone', req: z.object({ id: z.string().min(1).max(100) }).strict(), res: z.null() },
} as const satisfies MethodTable;
