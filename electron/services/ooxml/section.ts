/**
 * Section properties (<w:sectPr>): page size and orientation, margins, header and footer. All
 * measures in twentieths of a point.
 */

export const PAGE_SIZES = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;

export interface SectionLayout {
  /** The paper, portrait (width < height), as in PAGE_SIZES. */
  page: { width: number; height: number };
  /** Turn the paper: Word wants the turned width and height and the orientation said. */
  landscape?: boolean;
  margins: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Relationship ids of the default header and footer parts. */
  headerId?: string;
  footerId?: string;
}

export function sectionXml(s: SectionLayout): string {
  const size = s.landscape ? `<w:pgSz w:w="${s.page.height}" w:h="${s.page.width}" w:orient="landscape"/>` : `<w:pgSz w:w="${s.page.width}" w:h="${s.page.height}"/>`;
  const m = s.margins;
  return (
    '<w:sectPr>' +
    (s.headerId ? `<w:headerReference w:type="default" r:id="${s.headerId}"/>` : '') +
    (s.footerId ? `<w:footerReference w:type="default" r:id="${s.footerId}"/>` : '') +
    size +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** The width text may take on a page laid out so. */
export function textWidth(s: SectionLayout): number {
  return (s.landscape ? s.page.height : s.page.width) - s.margins.left - s.margins.right;
}
