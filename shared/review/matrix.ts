import type { RegisterRow } from './register';
import type { Decision } from './model';

/**
 * The comments matrix: the register as a bilingual table. The matrix is a document in both
 * languages whatever the UI language, so its headings and decision names are fixed bilingual
 * pairs here (like the framework's own column headings), not UI strings.
 */
export const MATRIX_COLUMNS = [
  { key: 'number', en: 'No.', zh: '序号' },
  { key: 'reviewer', en: 'Reviewer', zh: '审阅人' },
  { key: 'country', en: 'Organisation / country', zh: '机构 / 国家' },
  { key: 'location', en: 'Location', zh: '位置' },
  { key: 'quote', en: 'Text commented on', zh: '所评文字' },
  { key: 'comment', en: 'Comment or suggestion', zh: '意见或建议' },
  { key: 'decision', en: 'Decision', zh: '处理结果' },
  { key: 'responseEn', en: 'Response (English)', zh: '答复（英文）' },
  { key: 'responseZh', en: 'Response (Chinese)', zh: '答复（中文）' },
] as const;

export const DECISION_NAMES: Record<Decision | 'none', { en: string; zh: string }> = {
  accepted: { en: 'Accepted', zh: '采纳' },
  'partly-accepted': { en: 'Partly accepted', zh: '部分采纳' },
  'not-accepted': { en: 'Not accepted', zh: '未采纳' },
  noted: { en: 'Noted', zh: '备悉' },
  none: { en: 'Pending', zh: '待处理' },
};

const LANG_NAMES = { en: 'English', zh: '中文' } as const;

/** One row of the matrix as cell texts, in MATRIX_COLUMNS order. */
export function matrixCells(r: RegisterRow): string[] {
  const d = DECISION_NAMES[r.decision ?? 'none'];
  const where = [r.componentTitle ? r.componentTitle.en.text || r.componentTitle.zh.text : '', r.elementLabel, `${r.anchor.field} (${LANG_NAMES[r.anchor.lang]})`].filter(Boolean).join(' — ');
  const quote = r.kind === 'suggestion' ? r.original ?? '' : r.anchor.quote?.exact ?? '';
  const changed = r.resolution.status === 'text-changed' ? ` [text changed since comment / 评论后文字已改: ${r.resolution.currentText}]` : r.resolution.status === 'element-missing' ? ' [element deleted / 该项已删除]' : '';
  const comment = [r.kind === 'suggestion' ? `Suggested text / 建议文字: ${r.replacement ?? ''}` : '', r.body, ...r.replies.map((x) => `↳ ${x.author}: ${x.body}`)].filter(Boolean).join('\n');
  return [
    String(r.number),
    r.reviewer.name,
    [r.reviewer.organisation, r.reviewer.country].filter(Boolean).join(' / '),
    where,
    quote + changed,
    comment,
    `${d.en} / ${d.zh}`,
    r.response.en,
    r.response.zh,
  ];
}

/** RFC 4180 CSV (with a BOM so Excel reads the Chinese as UTF-8), bilingual header row. */
export function matrixCsv(rows: readonly RegisterRow[]): string {
  const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [MATRIX_COLUMNS.map((c) => `${c.en} / ${c.zh}`), ...rows.map(matrixCells)].map((cells) => cells.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
