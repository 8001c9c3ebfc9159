/**
 * Text as WordprocessingML: escaping, and a run's text split into the elements Word wants for it.
 *
 * Field text comes from drafters and reviewers, so it may hold anything a keyboard or a paste can
 * make. XML 1.0 cannot carry most control characters at all (a file with one is refused whole by
 * Word, LibreOffice and python-docx), so they are dropped here; a tab and a line break become
 * Word's own <w:tab/> and <w:br/>.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` escaped for an element's content or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/**
 * The content of one run: `<w:t>` (or `<w:delText>` inside a deletion) with spaces kept, and
 * `<w:tab/>` / `<w:br/>` where the text has a tab or a line break.
 */
export function runText(text: string, deleted = false): string {
  const tag = deleted ? 'w:delText' : 'w:t';
  if (!/[\t\n\r]/.test(text)) return `<${tag} xml:space="preserve">${xmlEscape(text)}</${tag}>`;
  let out = '';
  for (const piece of text.split(/(\t|\r\n|\n|\r)/)) {
    if (piece === '\t') out += '<w:tab/>';
    else if (piece === '\n' || piece === '\r' || piece === '\r\n') out += '<w:br/>';
    else if (piece) out += `<${tag} xml:space="preserve">${xmlEscape(piece)}</${tag}>`;
  }
  return out;
}
