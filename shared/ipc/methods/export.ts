import { z } from 'zod';
import { PreflightSummarySchema } from '../../export/preflight';
import { ExportFormatSchema, ExportLayoutSchema, ExportOptionsSchema } from '../../export/types';
import { FilePathSchema, type MethodTable } from '../method';

export const ExportResultSchema = z.object({
  format: ExportFormatSchema,
  /** Where the file was written (absolute path). */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
});
export type ExportResultInfo = z.infer<typeof ExportResultSchema>;

/** Whether the shell could do it: the browser build cannot open files or folders on the desktop. */
export const ShellActionResultSchema = z.object({ done: z.boolean(), reason: z.enum(['unsupported']).optional() });

/** Exporting the open project to Word and PDF. */
export const exportMethods = {
  /** What an export in this layout would carry: errors, untranslated and draft fields, open comments. */
  exportPreflight: {
    channel: 'export:preflight',
    req: z.object({ layout: ExportLayoutSchema }).strict(),
    res: PreflightSummarySchema,
  },
  /**
   * Export one format. Without `file`, the desktop asks where to save; the browser build writes
   * into `<data folder>/exports/`. A final export is refused (code `final-blocked`) until the
   * project's final gate allows it; a failed export leaves no file behind. An existing file is
   * written over only with `overwrite` (else `export-exists`: the renderer asks, then retries), or
   * when the user chose it in the desktop's save dialog (which asked already).
   */
  exportDocument: {
    channel: 'export:run',
    req: z.object({ format: ExportFormatSchema, options: ExportOptionsSchema, file: FilePathSchema.optional(), overwrite: z.boolean().optional() }).strict(),
    res: ExportResultSchema,
  },
  /** Open an exported file with the system's application (only files this session exported). */
  exportOpen: {
    channel: 'export:open',
    req: z.object({ file: FilePathSchema }).strict(),
    res: ShellActionResultSchema,
  },
  /** Show an exported file in its folder (only files this session exported). */
  exportShowInFolder: {
    channel: 'export:showInFolder',
    req: z.object({ file: FilePathSchema }).strict(),
    res: ShellActionResultSchema,
  },
} as const satisfies MethodTable;
