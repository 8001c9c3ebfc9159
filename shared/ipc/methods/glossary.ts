import { z } from 'zod';
import type { MethodTable } from '../method';
import { FileRefSchema } from '../fileHandle';

/** The project's glossary out as an exchange file (importing is read in the renderer and applied as an undoable change). */
export const glossaryMethods = {
  /** CSV or TBX-Basic of the open project's glossary. The desktop asks where; the browser build writes into exports/. */
  exportGlossary: {
    channel: 'glossary:export',
    req: z.object({ format: z.enum(['csv', 'tbx']) }).strict(),
    res: z.object({ file: FileRefSchema, bytes: z.number().int().nonnegative(), terms: z.number().int().nonnegative() }),
  },
} as const satisfies MethodTable;
