import type { Language } from '../model/bilingual';

/**
 * The few words an exported document prints that are not fields of the framework: the imprint's
 * field names, the watermark, the separator after a label. They are part of the document (in the
 * document's languages), not of the application's interface, so they live here and not in the UI
 * locale files.
 */
export const DOCUMENT_WORDS = {
  address: { en: 'ADD: ', zh: '地址：' },
  phone: { en: 'TEL: ', zh: '电话：' },
  fax: { en: 'FAX: ', zh: '传真：' },
  email: { en: 'E-mail: ', zh: '电子邮箱：' },
  web: { en: 'WEB: ', zh: '网址：' },
  draft: { en: 'DRAFT', zh: '草稿' },
  /** After a label that introduces a title: "Component 1: …", "组成部分1：…". */
  labelSeparator: { en: ': ', zh: '：' },
  /** After the notes title: "Note:". */
  notesTitleEnd: { en: ':', zh: '：' },
  /** After a merged cell's label at the top of a page it continues on: "Component 2 (continued)". */
  continued: { en: ' (continued)', zh: '（续）' },
  /** The cover's imprint of this text: edition, status and date. */
  edition: { en: 'Edition: ', zh: '版本：' },
  status: { en: 'Status: ', zh: '状态：' },
  date: { en: 'Date: ', zh: '日期：' },
  statusDraft: { en: 'Draft', zh: '草案' },
  statusFinal: { en: 'Final', zh: '定稿' },
} as const satisfies Record<string, Record<Language, string>>;

/**
 * Labels print in the document's languages with the vocabulary the application's interface uses
 * too; it lives in the model so both read one table.
 */
export { localizeLabel } from '../model/labelWords';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date (YYYY-MM-DD) as the document writes it: "29 November 2026", "2026年11月29日". */
export function documentDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/** BCP 47 tags of the document languages, for the file's properties and the PDF's /Lang. */
export const LANGUAGE_TAGS = { en: 'en-GB', zh: 'zh-CN' } as const satisfies Record<Language, string>;
