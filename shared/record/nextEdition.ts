import type { BiText, Language } from '../model/bilingual';
import type { AnnexEntry, Framework, ParagraphBlock, PriorityArea, Section } from '../model/framework';
import { localizeLabel } from '../model/labelWords';
import { countryByName } from './countries';
import { annexTime } from './eventDate';
import { fundingTotal, recordFigures, recordInPeriod } from './figures';
import type { ImplementationRecord } from './model';
import { printPlace } from './place';
import { planIndex } from './planIndex';
import { SOURCE_WORDS, fill, formatNumber } from './report/reportWords';
import { FUNDING_SOURCES } from './model';

/**
 * What a new edition takes from the previous edition's record, as draft text for the drafters:
 * (1) the annex "Related activities … (previous period)": every event held in the plan period
 * (at least one day of it; `recordInPeriod`), grouped by component,
 * chronological, numbered by position, both languages, in the published annex's columns; and
 * (2) a section 2.2 draft of template sentences filled with the record's counts and names.
 * Nothing is invented: each sentence states a count or a name the record holds.
 */

const draft = (en: string, zh: string): BiText => ({
  en: { text: en, status: en ? 'draft' : 'missing' },
  zh: { text: zh, status: zh ? 'draft' : 'missing' },
});

const OTHER_AREA = { en: 'Other related activities', zh: '其他相关活动' };

/** The annex's areas from the record: one per plan component with events, then events in no component. */
export function annexAreasFromRecord(fw: Framework, record: ImplementationRecord): PriorityArea[] {
  const index = planIndex(fw);
  const figures = recordFigures(fw, recordInPeriod(record, index.period));
  const entry = (e: (typeof figures.eventsWithoutComponent)[number]): AnnexEntry => ({
    id: `annex-${e.id}`,
    label: null,
    time: draft(annexTime(e.date, 'en'), annexTime(e.date, 'zh')),
    place: draft(printPlace(e.place, 'en'), printPlace(e.place, 'zh')),
    text: draft(e.title.en.text, e.title.zh.text),
  });
  const areas: PriorityArea[] = [];
  for (const pc of index.components) {
    const events = figures.eventsByComponent.get(pc.id) ?? [];
    if (!events.length) continue;
    const label = index.activities.find((a) => a.planComponent.id === pc.id)?.componentLabel ?? '';
    areas.push({
      id: `annex-area-${pc.id}`,
      heading: draft(`${label}: ${pc.focus.en.text}`, `${localizeLabel(label, 'zh')}：${pc.focus.zh.text}`),
      entries: events.map(entry),
    });
  }
  if (figures.eventsWithoutComponent.length) {
    areas.push({ id: 'annex-area-other', heading: draft(OTHER_AREA.en, OTHER_AREA.zh), entries: figures.eventsWithoutComponent.map(entry) });
  }
  return areas;
}

const SENTENCES = {
  overview: {
    en: 'During {{period}}, {{events}} activities were recorded under the Framework, with {{participants}} participants in all, held in or reported by {{countries}} countries ({{names}}).',
    zh: '{{period}}期间，框架下共记录{{events}}项活动，参加人数合计{{participants}}人，活动举办地或报告方涉及{{countries}}个国家（{{names}}）。',
  },
  component: {
    en: 'Under {{component}} ({{focus}}), {{events}} activities were held, including {{titles}}.',
    zh: '在{{component}}（{{focus}}）下，共举办{{events}}项活动，包括{{titles}}。',
  },
  forums: {
    en: '{{forums}} forums were held: {{titles}}.',
    zh: '共举办{{forums}}次论坛：{{titles}}。',
  },
  funding: {
    en: 'Funding of USD {{total}} was recorded: {{sources}}.',
    zh: '共记录资金{{total}}美元：{{sources}}。',
  },
} as const;

const quote = (t: string, lang: Language) => (lang === 'zh' ? `“${t}”` : `“${t}”`);
const list = (items: string[], lang: Language) => items.join(lang === 'zh' ? '、' : '; ');

/** The section 2.2 draft paragraphs from the record (none when it holds no event). */
export function section22Draft(fw: Framework, record: ImplementationRecord): ParagraphBlock[] {
  const index = planIndex(fw);
  const figures = recordFigures(fw, recordInPeriod(record, index.period));
  if (figures.totalEvents === 0) return [];
  const period = `${index.period.start}-${index.period.end}`;
  const paragraphs: Array<[string, string]> = [];
  const both = (make: (lang: Language) => string) => paragraphs.push([make('en'), make('zh')]);
  both((lang) => fill(SENTENCES.overview[lang], {
    period,
    events: formatNumber(figures.totalEvents, lang),
    participants: formatNumber(figures.totalParticipants, lang),
    countries: figures.countries.length,
    names: list(figures.countries.map((c) => countryByName(c)?.[lang] ?? c), lang),
  }));
  for (const pc of index.components) {
    const events = figures.eventsByComponent.get(pc.id) ?? [];
    if (!events.length) continue;
    const label = index.activities.find((a) => a.planComponent.id === pc.id)?.componentLabel ?? '';
    both((lang) => fill(SENTENCES.component[lang], {
      component: localizeLabel(label, lang),
      focus: pc.focus[lang].text || pc.focus.en.text,
      events: formatNumber(events.length, lang),
      titles: list(events.slice(0, 3).map((e) => quote(e.title[lang].text || e.title.en.text, lang)), lang),
    }));
  }
  if (figures.forums.length) {
    both((lang) => fill(SENTENCES.forums[lang], { forums: figures.forums.length, titles: list(figures.forums.map((e) => quote(e.title[lang].text || e.title.en.text, lang)), lang) }));
  }
  const total = fundingTotal(figures);
  if (total > 0) {
    both((lang) => fill(SENTENCES.funding[lang], {
      total: formatNumber(total, lang),
      sources: list(FUNDING_SOURCES.flatMap((s) => {
        const sum = figures.funding.get(s)?.get('USD');
        return sum && sum.cash + sum.inKind > 0 ? [`${SOURCE_WORDS[s][lang]} ${formatNumber(sum.cash + sum.inKind, lang)}`] : [];
      }), lang),
    }));
  }
  return paragraphs.map(([en, zh], i) => ({ id: `s22-record-${i + 1}`, type: 'paragraph', text: draft(en, zh) }));
}

/** Section 2.2 of a framework: the second subsection of the second section, as published. */
export function findSection22(fw: Framework): Section | undefined {
  return fw.sections[1]?.subsections[1];
}
