import type { BiText, Language } from '../../shared/model/bilingual';
import type { Framework, Section } from '../../shared/model/framework';
import { computeLabels } from '../../shared/model/labels';
import { stripInlineMarkup } from '../../shared/text/inline';

/**
 * The framework as plain text, one line per printed unit, in reading order: what a reader of the
 * published edition sees, without layout. Used to check a transcription against the published
 * text and to compare editions line by line.
 *
 * Forms (labels come from {@link computeLabels}, so overrides print as published):
 * - title; section headings "2.1 Development of cooperation"; paragraphs as they are;
 * - list items and main activities "1) text", "(1) text", "1. text";
 * - components "Component 1: title", then their paragraphs and main activities;
 * - action plan: its column headings joined by tabs, then per component "Component 1: focus",
 *   "Action 1: title", "Activity 1-1: text", "Schedule: text" (the schedule column's heading);
 * - notes: "Note:" then "[1] text";
 * - annex: title, column headings joined by tabs, each priority-area heading, and each entry as
 *   its table row "No.\tTime, Place\tText" (no place: "No.\tTime\tText").
 *
 * Components, action plan and notes print where their anchor block stands; one without an
 * anchor is printed after the last section so nothing is ever left out. Emphasis markers
 * (`*...*`) are dropped and `\*` prints as `*` (the reader's text, {@link stripInlineMarkup}).
 * A test helper: it checks the built-in edition's transcription against the published text.
 */
export function frameworkToPlainLines(fw: Framework, lang: Language = 'en'): string[] {
  const labels = computeLabels(fw);
  const label = (id: string): string => labels.get(id)?.label ?? '';
  const t = (field: BiText): string => stripInlineMarkup(field[lang].text);
  const out: string[] = [];
  const printed = { components: false, actionPlan: false, notes: false };

  const components = () => {
    printed.components = true;
    for (const c of fw.components) {
      out.push(`${label(c.id)}: ${t(c.title)}`);
      for (const p of c.paragraphs) out.push(t(p.text));
      for (const m of c.mainActivities) out.push(`${label(m.id)} ${t(m.text)}`);
    }
  };
  const actionPlan = () => {
    printed.actionPlan = true;
    const cols = fw.actionPlan.columns;
    out.push([cols.focus, cols.action, cols.activity, cols.schedule].map(t).join('\t'));
    for (const pc of fw.actionPlan.components) {
      out.push(`${label(pc.id)}: ${t(pc.focus)}`);
      for (const a of pc.actions) {
        out.push(`${label(a.id)}: ${t(a.title)}`);
        for (const x of a.activities) {
          out.push(`${label(x.id)}: ${t(x.text)}`);
          out.push(`${t(cols.schedule)}: ${t(x.schedule.text)}`);
        }
      }
    }
  };
  const notes = () => {
    printed.notes = true;
    out.push(`${t(fw.notes.title)}:`);
    for (const n of fw.notes.items) out.push(`${label(n.id)} ${t(n.text)}`);
  };

  const section = (s: Section) => {
    out.push(`${label(s.id)} ${t(s.title)}`);
    for (const b of s.blocks) {
      switch (b.type) {
        case 'paragraph':
          out.push(t(b.text));
          break;
        case 'list':
          for (const it of b.items) out.push(`${label(it.id)} ${t(it.text)}`);
          break;
        case 'components':
          components();
          break;
        case 'actionPlan':
          actionPlan();
          break;
        case 'notes':
          notes();
          break;
      }
    }
    s.subsections.forEach(section);
  };

  out.push(t(fw.metadata.title));
  fw.sections.forEach(section);
  if (!printed.components) components();
  if (!printed.actionPlan) actionPlan();
  if (!printed.notes) notes();

  const annex = fw.annex;
  out.push(t(annex.title));
  out.push([annex.columns.number, annex.columns.timePlace, annex.columns.text].map(t).join('\t'));
  for (const area of annex.areas) {
    out.push(t(area.heading));
    for (const e of area.entries) {
      const place = t(e.place);
      out.push(`${label(e.id)}\t${t(e.time)}${place ? `, ${place}` : ''}\t${t(e.text)}`);
    }
  }
  return out;
}
