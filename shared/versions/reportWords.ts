import { localizeLabel } from '../model/labelWords';
import type { Language } from '../model/bilingual';
import type { Translate } from './describeChange';

/**
 * The words the comparison report prints, in each document language. They are part of the
 * document, not of the interface (like shared/export/vocabulary.ts), so they live here; the
 * change wording mirrors the app's (locale keys under `versions.`), so a reviewer reading the
 * report and a drafter reading the change list see the same sentences.
 */
export const REPORT_WORDS: Record<Language, Record<string, Record<string, string>>> = {
  "en": {
    "change": {
      "added": "{{what}} added",
      "addedWith": "{{what}} added, with {{count}} elements inside",
      "removed": "{{what}} removed",
      "removedWith": "{{what}} removed, with {{count}} elements inside",
      "moved": "{{what}} moved from {{from}} to {{to}}",
      "movedRenamed": "{{old}} moved from {{from}} to {{to}} (now {{what}})",
      "reordered": "{{what}} moved within {{parent}} (position {{fromIndex}} → {{toIndex}})",
      "reorderedRenamed": "{{old}} moved within {{parent}} (now {{what}})",
      "text": "{{what}} — {{field}} ({{lang}})",
      "status": "{{what}} — {{field}} ({{lang}}): {{before}} → {{after}}",
      "basis": "{{what}} — {{field}} ({{lang}}): confirmed against another text",
      "attribute": "{{what}} — {{name}}: {{before}} → {{after}}",
      "absent": "(none)",
      "top": "the top level"
    },
    "kind": {
      "metadata": "Cover",
      "publisher": "Publisher",
      "contents": "Contents heading",
      "section": "Section",
      "paragraph": "Paragraph",
      "list": "List",
      "listItem": "List item",
      "component": "Component",
      "mainActivity": "Main activity",
      "actionPlanColumns": "Action plan headings",
      "planComponent": "Action plan component",
      "action": "Action",
      "activity": "Activity",
      "notes": "Notes",
      "note": "Note",
      "annex": "Annex",
      "priorityArea": "Priority area",
      "annexEntry": "Annex entry"
    },
    "field": {
      "title": "title",
      "shortTitle": "running title",
      "text": "text",
      "focus": "focus",
      "schedule": "schedule",
      "time": "time",
      "place": "place",
      "heading": "heading",
      "name": "name",
      "address": "address",
      "focusColumn": "Focus column heading",
      "actionColumn": "Action column heading",
      "activityColumn": "Activity column heading",
      "scheduleColumn": "Schedule column heading",
      "numberColumn": "No. column heading",
      "timePlaceColumn": "Time and Place column heading",
      "textColumn": "Themes column heading"
    },
    "lang": {
      "en": "English",
      "zh": "Chinese"
    },
    "status": {
      "missing": "missing",
      "draft": "draft",
      "reviewed": "reviewed",
      "approved": "approved"
    },
    "attribute": {
      "label": "label",
      "carriedOver": "carried over",
      "period": "period",
      "trace": "traced main activities",
      "style": "numbering",
      "role": "role",
      "edition": "edition",
      "status": "document status",
      "date": "date",
      "componentId": "component",
      "phone": "phone",
      "fax": "fax",
      "email": "e-mail",
      "web": "web site"
    },
    "value": {
      "yes": "yes",
      "no": "no"
    },
    "type": {
      "added": "Added",
      "removed": "Removed",
      "moved": "Moved",
      "text": "Text",
      "status": "Translation status",
      "attribute": "Other"
    },
    "report": {
      "title": "Comparison report",
      "subtitle": "{{before}} → {{after}}",
      "generated": "Prepared {{date}}",
      "summaryTitle": "Summary",
      "changesTitle": "Changes",
      "none": "No differences.",
      "summary": "{{added}} added, {{removed}} removed, {{moved}} moved, {{text}} text changes, {{status}} status changes, {{attribute}} other changes",
      "current": "Current document",
      "builtin": "Published 2021-2025 edition",
      "edition": "{{edition}} edition",
      "historyName": "Saved state {{date}}",
      "legend": "Inserted text is underlined; deleted text is struck through.",
      "legendIns": "inserted",
      "legendDel": "deleted"
    }
  },
  "zh": {
    "change": {
      "added": "新增{{what}}",
      "addedWith": "新增{{what}}，内含{{count}}个元素",
      "removed": "删除{{what}}",
      "removedWith": "删除{{what}}，内含{{count}}个元素",
      "moved": "{{what}}从{{from}}移至{{to}}",
      "movedRenamed": "{{old}}从{{from}}移至{{to}}（现为{{what}}）",
      "reordered": "{{what}}在{{parent}}内移动（位置{{fromIndex}} → {{toIndex}}）",
      "reorderedRenamed": "{{old}}在{{parent}}内移动（现为{{what}}）",
      "text": "{{what}} — {{field}}（{{lang}}）",
      "status": "{{what}} — {{field}}（{{lang}}）：{{before}} → {{after}}",
      "basis": "{{what}} — {{field}}（{{lang}}）：依据的原文已变",
      "attribute": "{{what}} — {{name}}：{{before}} → {{after}}",
      "absent": "（无）",
      "top": "顶层"
    },
    "kind": {
      "metadata": "封面",
      "publisher": "出版者",
      "contents": "目录标题",
      "section": "章节",
      "paragraph": "段落",
      "list": "列表",
      "listItem": "列表项",
      "component": "组成部分",
      "mainActivity": "主要活动",
      "actionPlanColumns": "行动计划表头",
      "planComponent": "行动计划组成部分",
      "action": "行动",
      "activity": "活动",
      "notes": "注释",
      "note": "注释条目",
      "annex": "附件",
      "priorityArea": "优先领域",
      "annexEntry": "附件条目"
    },
    "field": {
      "title": "标题",
      "shortTitle": "页眉标题",
      "text": "正文",
      "focus": "重点",
      "schedule": "时间安排",
      "time": "时间",
      "place": "地点",
      "heading": "标题行",
      "name": "名称",
      "address": "地址",
      "focusColumn": "重点列标题",
      "actionColumn": "行动列标题",
      "activityColumn": "活动列标题",
      "scheduleColumn": "时间安排列标题",
      "numberColumn": "序号列标题",
      "timePlaceColumn": "时间地点列标题",
      "textColumn": "主题列标题"
    },
    "lang": {
      "en": "英文",
      "zh": "中文"
    },
    "status": {
      "missing": "缺失",
      "draft": "草稿",
      "reviewed": "已审阅",
      "approved": "已批准"
    },
    "attribute": {
      "label": "编号",
      "carriedOver": "沿用",
      "period": "时期",
      "trace": "对应的主要活动",
      "style": "编号样式",
      "role": "用途",
      "edition": "版本",
      "status": "文档状态",
      "date": "日期",
      "componentId": "组成部分",
      "phone": "电话",
      "fax": "传真",
      "email": "电子邮件",
      "web": "网站"
    },
    "value": {
      "yes": "是",
      "no": "否"
    },
    "type": {
      "added": "新增",
      "removed": "删除",
      "moved": "移动",
      "text": "文本",
      "status": "翻译状态",
      "attribute": "其他"
    },
    "report": {
      "title": "比较报告",
      "subtitle": "{{before}} → {{after}}",
      "generated": "编制日期：{{date}}",
      "summaryTitle": "概要",
      "changesTitle": "更改",
      "none": "没有差异。",
      "summary": "新增{{added}}，删除{{removed}}，移动{{moved}}，文本更改{{text}}，状态更改{{status}}，其他更改{{attribute}}",
      "current": "当前文档",
      "builtin": "已发布的2021-2025版",
      "edition": "{{edition}}版",
      "historyName": "已保存状态 {{date}}",
      "legend": "插入的文字加下划线；删除的文字加删除线。",
      "legendIns": "插入",
      "legendDel": "删除"
    }
  }
};

/** A translate function over the report words of one language (`{{name}}` placeholders). */
export function reportTranslate(lang: Language): Translate {
  const words = REPORT_WORDS[lang];
  const tr: Translate = (key, vars = {}) => {
    const [group, ...rest] = key.split('.');
    const template = words[group]?.[rest.join('.')] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
  tr.label = (label) => localizeLabel(label, lang);
  return tr;
}
