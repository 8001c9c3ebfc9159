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
  render(model: ExportDocument): Promise<Uint8Array>;
}

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  docx: {
    id: 'docx',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (model) => (await import('./docx/renderDocx')).renderDocx(model),
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
