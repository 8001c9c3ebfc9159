import type { ExportDocument, ExportFormat } from '../../../shared/export/types';

/**
 * Every exporter renders the same export model (shared/export) to bytes. To add a format: add its
 * name to `ExportFormatSchema` and an entry here. Renderers load on first use, so a command-line
 * run that writes only a .docx never loads pdfmake or the fonts.
 */
export interface Exporter {
  id: ExportFormat;
  extension: string;
  mimeType: string;
  render(model: ExportDocument, how?: RenderHow): Promise<Uint8Array>;
}

export interface RenderHow {
  /**
   * The only export of its kind in this process (the command line): nothing is kept for a next
   * one. The .docx renderer then builds every block without its cache's bookkeeping (keys, markers,
   * placeholders), which a single export pays for and never uses: ~20 ms of CPU of ~130.
   */
  oneShot?: boolean;
}

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  docx: {
    id: 'docx',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (model, how) => (await import('./docx/renderDocx')).renderDocx(model, how?.oneShot ? { cache: null } : {}),
  },
  pdf: {
    id: 'pdf',
    extension: 'pdf',
    mimeType: 'application/pdf',
    render: async (model) => (await import('./pdf/renderPdf')).renderPdf(model),
  },
};

export function exporterFor(format: ExportFormat): Exporter {
  return EXPORTERS[format];
}
