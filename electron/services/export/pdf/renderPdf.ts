import pdfmake from 'pdfmake';
import type { Content, CustomTableLayout, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportDocument, Run } from '../../../../shared/export/types';
import { CJK_FAMILY, LATIN_FAMILY, PDF_FONT_FILES, loadFontBytes } from '../fonts';
import { blocksToContent, inlines } from './pdfContent';
import { installJustifyAtSpaces } from './justifyAtSpaces';
import { installKeepWithNext } from './keepWithNext';
import { installWidowControl } from './widowControl';
import { installWatermarkForms, watermarkSvg, type WatermarkFaces } from './watermark';
import { installPdfkitSpeedups, installPdfmakeSpeedups } from './speedups';
import { installPlanContinuations } from './planContinuations';
import { installSvgFontLookup } from './svgFonts';

/** pdfmake's virtual file system (untyped in @types/pdfmake). */
interface VirtualFs {
  writeFileSync(name: string, data: Buffer): void;
  existsSync(name: string): boolean;
}

const PAGE = { a4: { size: 'A4', width: 595.28, height: 841.89 }, letter: { size: 'LETTER', width: 612, height: 792 } } as const;
const MARGIN = { side: 62, top: 68, bottom: 60 };

const STYLES: StyleDictionary = {
  h1: { fontSize: 14, bold: true, margin: [0, 16, 0, 8] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 5] },
  body: { margin: [0, 0, 0, 7] },
  listItem: { margin: [0, 0, 0, 5] },
  coverTitle: { fontSize: 22, bold: true, margin: [0, 0, 0, 24] },
  coverSubtitle: { fontSize: 14, margin: [0, 0, 0, 8] },
  publisher: { fontSize: 10, margin: [0, 0, 0, 4] },
  tocTitle: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
  tocEntry: { fontSize: 10.5 },
  tocEntry1: { fontSize: 10.5, bold: true },
  noteTitle: { fontSize: 9.5, bold: true, margin: [0, 10, 0, 4] },
  note: { fontSize: 9.5, margin: [0, 0, 0, 4] },
  cell: { fontSize: 9, margin: [0, 0, 0, 2] },
  cellHeader: { fontSize: 9.5, bold: true, margin: [0, 0, 0, 1] },
  table: { margin: [0, 4, 0, 10] },
  componentTitle: { bold: true },
};

const TABLE_LAYOUTS: Record<string, CustomTableLayout> = {
  grid: {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => '#8a8a8a',
    vLineColor: () => '#8a8a8a',
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 2,
  },
  parallel: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 0 : 8),
    paddingRight: (i) => (i === 0 ? 8 : 0),
    paddingTop: () => 0,
    paddingBottom: () => 0,
  },
};

/** The laid-out pdfkit document pdfmake hands back: a readable stream of the PDF once ended. */
interface PdfKitStream {
  on(event: 'data', fn: (chunk: Buffer) => void): void;
  on(event: 'end', fn: () => void): void;
  on(event: 'error', fn: (e: Error) => void): void;
  end(): void;
}

let ready: Promise<void> | null = null;

/**
 * Register fonts and policies with pdfmake's shared instance, once per process: the font bytes go
 * into its virtual file system (it refuses raw bytes in the font table), and nothing outside that
 * file system may be read or fetched, so a document can never pull in a local file or a URL.
 */
function preparePdfmake(): Promise<void> {
  if (!ready) {
    installPdfmakeSpeedups();
    installSvgFontLookup();
    installWatermarkForms();
    installPlanContinuations();
    installKeepWithNext();
    installWidowControl();
    installJustifyAtSpaces();
    ready = loadFontBytes().then((bytes) => {
      const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
      for (const [name, data] of bytes) vfs.writeFileSync(name, data);
      pdfmake.setFonts(structuredClone(PDF_FONT_FILES) as never);
      pdfmake.addTableLayouts(TABLE_LAYOUTS);
      (pdfmake as unknown as { setUrlAccessPolicy(fn: (url: string) => boolean): void }).setUrlAccessPolicy(() => false);
      (pdfmake as unknown as { setLocalAccessPolicy(fn: (path: string) => boolean): void }).setLocalAccessPolicy(() => false);
    }).then(async () => {
      // A one-line document installs the process-wide caches before the first real export.
      const warmUp = pdfmake.createPdf({ content: [{ text: ' ', font: LATIN_FAMILY }] }) as unknown as { getStream(): Promise<PdfKitStream> };
      const sample = await warmUp.getStream();
      installPdfkitSpeedups(sample);
    });
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

/** The running header: one line per language, small and centred. */
function runningHeader(lines: Run[][]): Content[] {
  return lines.map((line) => ({ text: inlines(line, line[0]?.lang ?? 'en'), style: FURNITURE, fontSize: 7.5, alignment: 'center', color: '#444444' }));
}

/** Style name of the running header and the page number. */
const FURNITURE = 'furniture';

/** The document definition: cover, contents and body as sections, each with its page furniture. */
export function pdfDefinition(doc: ExportDocument, watermark?: WatermarkFaces): TDocumentDefinitions {
  const page = PAGE[doc.paper];
  const width = page.width - 2 * MARGIN.side;
  const section = (kind: 'cover' | 'contents' | 'body') => doc.parts.filter((p) => p.kind === kind).flatMap((p) => blocksToContent(p.blocks, width));
  const coverContent = section('cover');
  // The cover's titles sit a third of the way down the page.
  if (coverContent.length) coverContent.unshift({ text: '', margin: [0, 160, 0, 0] });
  const mark = doc.watermark && watermark ? watermarkSvg(doc.watermark, page.width, page.height, watermark) : null;
  const props = doc.properties;
  return {
    pageSize: page.size,
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: props.language,
    info: { title: props.title, subject: props.subject, author: props.author, keywords: props.keywords.join(', '), creator: 'ACEC framework editor', producer: 'pdfmake' },
    defaultStyle: { font: LATIN_FAMILY, fontSize: 10.5, lineHeight: 1.22 },
    styles: STYLES,
    // The draft watermark is drawn behind each page as outlines (one form XObject): no text for extraction to pick up.
    ...(mark ? { background: () => ({ svg: mark, width: page.width, height: page.height, absolutePosition: { x: 0, y: 0 } }) } : {}),
    content: [
      { section: coverContent, header: null, footer: null },
      { section: section('contents'), header: null, footer: null },
      {
        section: section('body'),
        header: () => ({ stack: runningHeader(doc.header), margin: [MARGIN.side, doc.header.length > 1 ? 24 : 32, MARGIN.side, 0] }),
        footer: (current: number) => ({ text: String(current), style: FURNITURE, alignment: 'center', fontSize: 9, margin: [0, 20, 0, 0] }),
      },
    ] as Content,
  } as TDocumentDefinitions;
}

async function watermarkFaces(): Promise<WatermarkFaces> {
  const bytes = await loadFontBytes();
  const face = (name: string) => ({ name, bytes: bytes.get(name)! });
  return { latin: face(PDF_FONT_FILES[LATIN_FAMILY].bold), cjk: face(PDF_FONT_FILES[CJK_FAMILY].bold) };
}

/** Render the export model to PDF bytes. */
export async function renderPdf(doc: ExportDocument): Promise<Uint8Array> {
  await preparePdfmake();
  const faces = doc.watermark ? await watermarkFaces() : undefined;
  const created = pdfmake.createPdf(pdfDefinition(doc, faces)) as unknown as { getStream(): Promise<PdfKitStream> };
  const stream = await created.getStream();
  const chunks: Buffer[] = [];
  const buffer = await new Promise<Buffer>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.end();
  });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
