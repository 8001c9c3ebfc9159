import { z } from 'zod';
import { PreflightSummarySchema } from '../../export/preflight';
import { ExportFormatSchema, ExportLayoutSchema, ExportOptionsSchema } from '../../export/types';
import type { MethodTable } from '../method';
import { FileHandleSchema, FileRefSchema } from '../fileHandle';

export const ExportResultSchema = z.object({
  format: ExportFormatSchema,
  /** The file written: its name, and a handle (kind `written`) to open it or show it in its folder. */
  file: FileRefSchema,
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
   * Export one format. The desktop asks where to save; the browser build writes into
   * `<data folder>/exports/`. A final export is refused (code `final-blocked`) until the
   * project's final gate allows it; a failed export leaves no file behind. An existing file is
   * written over only with `overwrite` (else `export-exists`: the renderer asks, then retries), or
   * when the user chose it in the desktop's save dialog (which asked already).
   */
  exportDocument: {
    channel: 'export:run',
    req: z.object({ format: ExportFormatSchema, options: ExportOptionsSchema, overwrite: z.boolean().optional() }).strict(),
    res: ExportResultSchema,
  },
  /** Open a file this session wrote (its handle, kind `written`) with the system's application. */
  exportOpen: {
    channel: 'export:open',
    req: z.object({ file: FileHandleSchema }).strict(),
    res: ShellActionResultSchema,
  },
  /** Show a file this session wrote (its handle, kind `written`) in its folder. */
  exportShowInFolder: {
    channel: 'export:showInFolder',
    req: z.object({ file: FileHandleSchema }).strict(),
    res: ShellActionResultSchema,
  },
} as const satisfies MethodTable;
