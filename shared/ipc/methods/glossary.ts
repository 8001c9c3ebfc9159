import { z } from 'zod';
import { FilePathSchema, type MethodTable } from '../method';

/** The project's glossary out as an exchange file (importing is read in the renderer and applied as an undoable change). */
export const glossaryMethods = {
  /** CSV or TBX-Basic of the open project's glossary. Without `file`, the desktop asks where. */
  exportGlossary: {
    channel: 'glossary:export',
    req: z.object({ format: z.enum(['csv', 'tbx']), file: FilePathSchema.optional() }).strict(),
    res: z.object({ file: z.string(), bytes: z.number().int().nonnegative(), terms: z.number().int().nonnegative() }),
  },
} as const satisfies MethodTable;
