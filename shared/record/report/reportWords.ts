import type { Language } from '../../model/bilingual';
import type { ActivityStatus, FundingSource } from '../model';

/**
 * The words the self-evaluation report prints that are not the framework's or the record's own
 * text. Document words, in the document's languages (like shared/export/vocabulary.ts), not UI words.
 */
type Words = Record<Language, string>;

export const REPORT_WORDS = {
  title: { en: 'Self-Evaluation Report on the Implementation of the', zh: '实施情况自评估报告：' },
  annualTitle: { en: 'Annual Progress Report {{year}} on the Implementation of the', zh: '{{year}}年度实施进展报告：' },
  subtitle: { en: 'Prepared under section 5.4 (Review and Evaluation), from the implementation record', zh: '依据第5.4节（审查与评估），根据实施记录编制' },
  summary: { en: 'Summary', zh: '概要' },
  byComponent: { en: 'Implementation by component', zh: '各组成部分实施情况' },
  unlinked: { en: 'Events not linked to an activity', zh: '未关联活动的会议与活动' },
  gaps: { en: 'Gaps: activities with nothing recorded', zh: '差距：无任何记录的活动' },
  noGaps: { en: 'Every activity has an event or a status recorded.', zh: '每项活动均有活动或状态记录。' },
  charts: { en: 'Charts', zh: '图表' },
  eventsTable: { en: 'Events per component and year', zh: '各组成部分每年活动数' },
  statusTable: { en: 'Activities by status', zh: '按状态统计的活动' },
  fundingTable: { en: 'Funding mobilised by source', zh: '按来源统计的资金' },
  planEstimate: { en: "The plan's own estimate (note {{label}}): ", zh: '计划自身的估算（注{{label}}）：' },
  component: { en: 'Component', zh: '组成部分' },
  total: { en: 'Total', zh: '合计' },
  none: { en: 'Not in a component', zh: '未归入组成部分' },
  status: { en: 'Status', zh: '状态' },
  activities: { en: 'Activities', zh: '活动数' },
  source: { en: 'Source', zh: '来源' },
  cash: { en: 'Cash', zh: '现金' },
  inKind: { en: 'In kind', zh: '实物' },
  schedule: { en: 'Planned schedule', zh: '计划时间' },
  plannedYears: { en: 'planned in the period: {{years}}', zh: '计划期内年份：{{years}}' },
  noPlannedYear: { en: 'no year in the period', zh: '不在计划期内' },
  participantsColumn: { en: 'Participants', zh: '参加人数' },
  unreadable: { en: 'schedule not readable', zh: '时间无法识别' },
  statusPerYear: { en: 'Status per year', zh: '逐年状态' },
  eventsHeld: { en: 'Events held', zh: '已举办活动' },
  noEvents: { en: 'No event recorded.', zh: '未记录活动。' },
  outputs: { en: 'Outputs', zh: '成果' },
  funding: { en: 'Funding', zh: '资金' },
  participants: { en: '{{n}} participants', zh: '{{n}}人参加' },
  organisers: { en: 'organised by {{names}}', zh: '主办：{{names}}' },
  noRecord: { en: 'not recorded', zh: '未记录' },
  summaryEvents: { en: '{{events}} events were recorded in {{period}}, with {{participants}} participants in all; events were held in or reported by {{countries}} countries.', zh: '{{period}}共记录{{events}}项活动，参加人数合计{{participants}}人；活动举办地或报告方涉及{{countries}}个国家。' },
  summaryStatus: { en: 'Of {{activities}} activities of the action plan, {{completed}} are completed, {{ongoing}} ongoing or continuous, {{delayed}} delayed, not started or cancelled, {{planned}} planned, and {{none}} have no status recorded.', zh: '行动计划{{activities}}项活动中，已完成{{completed}}项，进行中或持续开展{{ongoing}}项，延迟、未开始或取消{{delayed}}项，已计划{{planned}}项，未记录状态{{none}}项。' },
  number: { en: 'No.', zh: '序号' },
  date: { en: 'Date', zh: '时间' },
  place: { en: 'Place', zh: '地点' },
  event: { en: 'Event', zh: '活动名称' },
  activity: { en: 'Activity', zh: '活动' },
  howToRead: { en: 'Each component lists its events once, numbered in date order; each activity then gives its schedule, its status in each year planned (*) or reported, and the numbers of the events held under it.', zh: '各组成部分按时间顺序列出并编号其活动，每项活动仅列出一次；随后每项活动列出计划时间、计划年份（*）或已报告年份的状态，以及所举办活动的编号。' },
  eventNumbers: { en: 'nos. {{numbers}}', zh: '编号{{numbers}}' },
  numberElsewhere: { en: '{{n}} under {{component}}', zh: '{{component}}编号{{n}}' },
  noComponentEvents: { en: 'Events in no component', zh: '未归入组成部分的活动' },
  componentEvents: { en: 'Events held under this component, in date order', zh: '本组成部分已举办活动（按时间顺序）' },
  separator: { en: '; ', zh: '；' },
  listSeparator: { en: ', ', zh: '、' },
} as const satisfies Record<string, Words>;

export const STATUS_WORDS: Record<ActivityStatus, Words> = {
  planned: { en: 'planned', zh: '已计划' },
  ongoing: { en: 'ongoing', zh: '进行中' },
  completed: { en: 'completed', zh: '已完成' },
  delayed: { en: 'delayed', zh: '延迟' },
  'not-started': { en: 'not started', zh: '未开始' },
  cancelled: { en: 'cancelled', zh: '已取消' },
  continuous: { en: 'continuous', zh: '持续开展' },
};

export const SOURCE_WORDS: Record<FundingSource, Words> = {
  'cooperation-fund': { en: 'ASEAN-China Cooperation Fund', zh: '中国－东盟合作基金' },
  'chinese-government': { en: 'Other funds of the Chinese Government', zh: '中国政府其他资金' },
  voluntary: { en: 'Voluntary contributions of China and ASEAN Member States', zh: '中国和东盟成员国自愿捐助' },
  'international-partners': { en: 'International partners and third parties', zh: '国际伙伴和第三方' },
  'private-sector': { en: 'Private sector', zh: '私营部门' },
};

/** `{{name}}` placeholders filled from `data`. */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}

// One formatter per language: toLocaleString with a locale builds a new Intl.NumberFormat per call
// (measured: most of a 1,000-event report's model time).
const FORMATS: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
};

/** A number as the language writes it (thousands grouped). */
export function formatNumber(n: number, lang: Language): string {
  return FORMATS[lang].format(n);
}
