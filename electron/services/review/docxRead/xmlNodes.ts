import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxRefusalError } from './docxRefusal';

/** WordprocessingML as fast-xml-parser's ordered node lists, and the few accessors the readers need. */

export type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

/**
 * Parse one part, refusing it (with the line the validator names) when it is not well-formed XML:
 * fast-xml-parser's parser alone reads damaged XML leniently into something else. A document
 * nested so deep that walking it would exhaust the stack is refused too.
 */
export function parsePart(xml: string, part: string): XNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DocxRefusalError('part-malformed', part, `not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`);
  try {
    return parser.parse(xml) as XNode[];
  } catch (e) {
    throw new DocxRefusalError('part-malformed', part, e instanceof RangeError ? 'nested too deeply' : (e as Error).message);
  }
}

export function tagOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}
export function kids(n: XNode): XNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
export function attr(n: XNode, name: string): string | undefined {
  return n[':@']?.[name];
}

/** Properties: no text in them, and a paragraph's tab stops are <w:tab> elements too. */
export const PROPERTIES = new Set(['w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr']);

/** What a run element adds to the text besides <w:t>: a tab or a line break. */
export function runCharacter(tag: string): string {
  return tag === 'w:tab' ? '\t' : tag === 'w:br' || tag === 'w:cr' ? '\n' : '';
}

export function textOf(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === '#text') out += String(n['#text']);
    else if (PROPERTIES.has(t)) continue;
    else out += runCharacter(t) || textOf(kids(n));
  }
  return out;
}
