import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GlossaryTerm } from '../model/glossary';
import { GlossaryImportError, validTermOrReason, type GlossaryImport } from './importResult';
import { newTermId } from './operations';

/**
 * The glossary as TBX-Basic (ISO 30042:2019, TBX v3, DCA style), the termbase exchange format
 * Trados, memoQ and OmegaT read. One `conceptEntry` per term:
 * - English `langSec`: the term (termType fullForm, preferred) and its acronym (termType acronym,
 *   admitted);
 * - Chinese `langSec`: the agreed term (fullForm, preferred) with the source of the official name
 *   as `admin type="source"`, the agreed short form (shortForm, admitted), and each variant the
 *   project does not use (deprecated);
 * - the note as the entry's `note`.
 * Reading also accepts TBX v2 (`martif` / `termEntry` / `langSet` / `tig`), which older tools write.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML ID must start with a letter or underscore; ids starting otherwise are kept behind a prefix. */
const ID_PREFIX = 'term-';
const toXmlId = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `${ID_PREFIX}${id}`);

function termSec(term: string, type: string, status: string, extra = ''): string {
  return `        <termSec>\n          <term>${esc(term)}</term>\n          <termNote type="termType">${type}</termNote>\n          <termNote type="administrativeStatus">${status}</termNote>${extra}\n        </termSec>\n`;
}

export function glossaryToTbx(glossary: readonly GlossaryTerm[], title = 'ASEAN-China Environmental Cooperation glossary'): string {
  const entries = glossary.map((t) => {
    let en = termSec(t.en, 'fullForm', 'preferredTerm-admn-sts');
    if (t.acronym) en += termSec(t.acronym, 'acronym', 'admittedTerm-admn-sts');
    let zh = termSec(t.zh, 'fullForm', 'preferredTerm-admn-sts', t.source ? `\n          <admin type="source">${esc(t.source)}</admin>` : '');
    if (t.short) zh += termSec(t.short, 'shortForm', 'admittedTerm-admn-sts');
    for (const v of t.variants ?? []) zh += termSec(v, 'variant', 'deprecatedTerm-admn-sts');
    const note = t.note ? `      <note>${esc(t.note)}</note>\n` : '';
    return `    <conceptEntry id="${esc(toXmlId(t.id))}">\n${note}      <langSec xml:lang="en">\n${en}      </langSec>\n      <langSec xml:lang="zh">\n${zh}      </langSec>\n    </conceptEntry>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
    `  <tbxHeader>\n    <fileDesc>\n      <titleStmt><title>${esc(title)}</title></titleStmt>\n      <sourceDesc><p>${esc(title)}</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n` +
    `  <text>\n  <body>\n${entries.join('')}  </body>\n  </text>\n</tbx>\n`
  );
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'termNote', 'admin', 'note', 'descrip']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
  processEntities: true,
});

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
/** Text of an element that may have attributes (then its text is under '#text'). */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (v && typeof v === 'object' && '#text' in v) return String((v as Node)['#text']).trim();
  return '';
}
const typed = (items: unknown, type: string) => list(items).find((n) => n['@type'] === type);

interface TermForm {
  term: string;
  type: string;
  status: string;
  source: string;
}

function formsOf(langSec: Node): TermForm[] {
  const secs = [...list(langSec.termSec), ...list(langSec.tig), ...list(langSec.ntig)];
  return secs.map((s) => {
    // TBX v2 ntig nests the term in termGrp.
    const grp = (s.termGrp as Node | undefined) ?? s;
    const notes = [...list(grp.termNote), ...list(s.termNote)];
    return {
      term: textOf(grp.term),
      type: textOf(typed(notes, 'termType')),
      status: textOf(typed(notes, 'administrativeStatus')),
      source: textOf(typed(s.admin, 'source')) || textOf(typed(s.descrip, 'source')),
    };
  }).filter((f) => f.term !== '');
}

const isDeprecated = (status: string) => /^(deprecated|superseded|notRecommended)/i.test(status);
const langOf = (n: Node) => String(n['@lang'] ?? '').toLowerCase();

/**
 * Terms from a TBX file. An entry with no English or no Chinese term is skipped and named by its
 * id; a file that is not XML, or has no termbase body, is refused.
 */
export function glossaryFromTbx(xml: string): GlossaryImport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new GlossaryImportError('tbx-not-xml', `Not well-formed XML: line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const root = (doc.tbx ?? doc.martif) as Node | undefined;
  const textEl = root?.text as Node | undefined;
  // An empty <body/> parses as an empty string: a termbase with no entries.
  const body = textEl && 'body' in textEl ? ((typeof textEl.body === 'object' ? textEl.body : {}) as Node) : undefined;
  if (!root || !body) throw new GlossaryImportError('tbx-not-termbase', 'No TBX termbase here (expected <tbx> or <martif> with <text><body>)');
  const terms: GlossaryTerm[] = [];
  const skipped: GlossaryImport['skipped'] = [];
  const entries = [...list(body.conceptEntry), ...list(body.termEntry)];
  entries.forEach((entry, i) => {
    const xmlId = String(entry['@id'] ?? '');
    const where = xmlId ? `entry ${xmlId}` : `entry ${i + 1}`;
    const secs = [...list(entry.langSec), ...list(entry.langSet)];
    const en = secs.filter((s) => langOf(s).startsWith('en')).flatMap(formsOf);
    const zh = secs.filter((s) => langOf(s).startsWith('zh')).flatMap(formsOf);
    const enMain = en.find((f) => f.type !== 'acronym' && !isDeprecated(f.status)) ?? en.find((f) => !isDeprecated(f.status));
    const zhMain = zh.find((f) => f.type !== 'shortForm' && !isDeprecated(f.status)) ?? zh.find((f) => !isDeprecated(f.status));
    if (!enMain || !zhMain) {
      skipped.push({ where, reason: !enMain ? 'no English term' : 'no Chinese term' });
      return;
    }
    const id = xmlId ? (xmlId.startsWith(ID_PREFIX) && !/^[A-Za-z_]/.test(xmlId.slice(ID_PREFIX.length)) ? xmlId.slice(ID_PREFIX.length) : xmlId) : newTermId(terms, enMain.term);
    const term: GlossaryTerm = { id, en: enMain.term, zh: zhMain.term };
    const acronym = en.find((f) => f !== enMain && f.type === 'acronym');
    if (acronym) term.acronym = acronym.term;
    const short = zh.find((f) => f !== zhMain && f.type === 'shortForm' && !isDeprecated(f.status));
    if (short) term.short = short.term;
    const source = zhMain.source;
    if (source) term.source = source;
    const variants = zh.filter((f) => isDeprecated(f.status)).map((f) => f.term);
    if (variants.length) term.variants = variants;
    const note = list(entry.note).map(textOf).filter(Boolean).join('\n');
    if (note) term.note = note;
    const invalid = validTermOrReason(term);
    if (invalid) {
      skipped.push({ where, reason: invalid });
      return;
    }
    terms.push(term);
  });
  return { terms, skipped };
}

/** Read a glossary file by its name's extension (.csv or .tbx / .xml). */
export function detectGlossaryFormat(fileName: string): 'csv' | 'tbx' {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(tbx|xml)$/i.test(fileName)) return 'tbx';
  throw new GlossaryImportError('unknown-format', `${fileName}: a glossary is imported from .csv or .tbx`);
}
