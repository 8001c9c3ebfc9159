import { appPropsXml, contentTypesXml, corePropsXml, documentRelsXml, documentXml, fontTableXml, packageRelsXml, settingsXml, type DocumentRelation } from './packageParts';
import { zipFiles } from './zip';

/** A whole .docx from its body, its styles and any further parts (comments, headers). */

export interface WordDocument {
  /** Core properties: the title Word shows, and an optional description (Word's "Comments"). */
  title: string;
  description?: string;
  /** The body's content: paragraphs and tables, then the last section's <w:sectPr>. */
  body: string;
  /** word/styles.xml. */
  styles: string;
  /** Parts the document refers to, each with its relationship. */
  parts?: ReadonlyArray<{ relation: DocumentRelation; xml: string }>;
  /** Ask Word to update fields on opening (only for documents with fields to fill: Word asks the user first). */
  updateFields?: boolean;
}

export function wordPackage(doc: WordDocument): Uint8Array {
  const created = `${new Date().toISOString().slice(0, 19)}Z`;
  const parts = doc.parts ?? [];
  const relations = parts.map((p) => p.relation);
  const files: Array<readonly [string, string]> = [
    ['[Content_Types].xml', contentTypesXml(relations)],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropsXml(doc.title, created, doc.description)],
    ['docProps/app.xml', appPropsXml()],
    ['word/document.xml', documentXml(doc.body)],
    ['word/_rels/document.xml.rels', documentRelsXml(relations)],
    ['word/styles.xml', doc.styles],
    ['word/settings.xml', settingsXml({ updateFields: doc.updateFields ?? false })],
    ['word/fontTable.xml', fontTableXml()],
    ...parts.map((p) => [`word/${p.relation.target}`, p.xml] as const),
  ];
  const zip = zipFiles(files.map(([name, xml]) => [name, Buffer.from(xml, 'utf8')] as const));
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}
