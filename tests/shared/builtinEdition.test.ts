import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textFingerprint } from '../../shared/model/bilingual';
import type { Framework } from '../../shared/model/framework';
import { computeLabels } from '../../shared/model/labels';
import { frameworkToPlainLines } from './frameworkPlainLines';
import { CURRENT_SCHEMA_VERSION, ProjectSchema } from '../../shared/model/project';

/**
 * The built-in 2021-2025 edition (resources/editions/framework-2021-2025.json) against the
 * published text (tests/fixtures/reference-2021-2025.txt): every paragraph, list item,
 * component, action-plan cell, note and annex row, verbatim and in order.
 */

const EDITION_PATH = fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url));
const REFERENCE_PATH = fileURLToPath(new URL('../fixtures/reference-2021-2025.txt', import.meta.url));

/** The line printed at the top of each page of the published edition (it shows up inside the annex). */
const RUNNING_HEADER = 'Framework of ASEAN-China Environmental Cooperation Strategy and Action Plan (2021-2025)';

const editionText = readFileSync(EDITION_PATH, 'utf8');
const referenceText = readFileSync(REFERENCE_PATH, 'utf8');
const project = ProjectSchema.parse(JSON.parse(editionText));
const fw = project.framework;

interface Reference {
  /** Non-blank lines before the body (cover, imprint, contents page). */
  cover: string[];
  /** Every printed unit of the body, in order, in the form of {@link frameworkToPlainLines}. */
  lines: string[];
  /** How many lines were joined to the line before them (a page break split a paragraph). */
  joins: number;
  /** How many running-header lines were dropped. */
  runningHeaders: number;
}

/**
 * Read the published text. The body starts at the heading "1. Background" (the contents page
 * prints it after a page number and a tab). A line that starts with a lower-case letter or with
 * "(iv)" and follows a line without closing punctuation continues that line across a page break.
 */
function readReference(text: string): Reference {
  const all = text.split(/\r?\n/);
  const start = all.indexOf('1. Background');
  if (start < 0) throw new Error('no body heading "1. Background" in the reference');
  const cover = all.slice(0, start).map((l) => l.trim()).filter(Boolean);

  let runningHeaders = 0;
  let joins = 0;
  const units: string[] = [];
  for (const raw of all.slice(start)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (line === RUNNING_HEADER) {
      runningHeaders++;
      continue;
    }
    const prev = units[units.length - 1];
    if (prev !== undefined && !/[.:;!?”")]$/.test(prev) && /^(?:[a-z]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\) )/.test(line)) {
      units[units.length - 1] = `${prev} ${line}`;
      joins++;
      continue;
    }
    units.push(line);
  }

  // Action-plan rows leave a cell empty where it continues the row above: one line per filled
  // cell, the schedule prefixed with its column heading. Every other table row stays one line.
  const lines: string[] = [];
  let inPlan = false;
  for (const unit of units) {
    const line = unit.replace(/^- /, '');
    if (line.startsWith('Focus\t')) {
      inPlan = true;
      lines.push(line);
      continue;
    }
    if (line === 'Note:') inPlan = false;
    if (inPlan) {
      line.split('\t').forEach((cell, col) => {
        if (cell.trim()) lines.push(col === 3 ? `Schedule: ${cell}` : cell);
      });
      continue;
    }
    lines.push(line);
  }
  return { cover, lines, joins, runningHeaders };
}

/**
 * One form for both sides: no `<i>`/`*` emphasis markers, single spaces, trimmed table cells,
 * "Activity1-3:To" read as "Activity1-3: To" (the label keeps its published spelling).
 */
function normalise(line: string): string {
  return line
    .replace(/<\/?i>/g, '')
    .replace(/\*/g, '')
    .replace(/^(Activity ?\d+(?:-\d+)?):\s*/, '$1: ')
    .split('\t')
    .map((cell) => cell.replace(/\s+/g, ' ').trim())
    .join('\t');
}

/**
 * Walk `expected` through `rendered` in order. `missing`: expected lines not found (after the
 * previous match); `extra`: rendered lines no expected line matched.
 */
function compareInOrder(expected: readonly string[], rendered: readonly string[]): { missing: string[]; extra: string[] } {
  const missing: string[] = [];
  const extra: string[] = [];
  let at = 0;
  for (const line of expected) {
    const found = rendered.indexOf(line, at);
    if (found < 0) {
      missing.push(line);
      continue;
    }
    extra.push(...rendered.slice(at, found));
    at = found + 1;
  }
  extra.push(...rendered.slice(at));
  return { missing, extra };
}

const reference = readReference(referenceText);

/** The published lines (cover title, then the body) compared with a framework's plain text. */
function fidelityReport(framework: Framework) {
  const expected = [reference.cover[0], ...reference.lines].map(normalise);
  return compareInOrder(expected, frameworkToPlainLines(framework).map(normalise));
}

function clone(): Framework {
  return structuredClone(fw);
}

/** Every `id` property anywhere in a value. */
function collectIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else collectIds(v, out);
    }
  }
  return out;
}

/** Every bilingual field with its JSON path. */
function collectBiTexts(value: unknown, path = '', out: Array<{ path: string; en: { text: string; status: string }; zh: { text: string; status: string } }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectBiTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o && 'zh' in o) out.push({ path, en: o.en as never, zh: o.zh as never });
    else for (const [k, v] of Object.entries(o)) collectBiTexts(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe('built-in 2021-2025 edition: schema', () => {
  it('parses as a Project and survives a JSON round trip unchanged', () => {
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(fw.id).toBe('acec-2021-2025');
    const again = ProjectSchema.parse(JSON.parse(JSON.stringify(project)));
    expect(again).toEqual(project);
    // Nothing the file holds is dropped or defaulted by the schema (other project slots, such as
    // waivers and review, are absent from the edition and take their defaults).
    const raw = JSON.parse(editionText) as { framework: unknown; glossary: unknown };
    expect(project.framework).toEqual(raw.framework);
    expect(project.glossary).toEqual(raw.glossary);
  });

  it('gives every element an id of its own', () => {
    const ids = collectIds(fw);
    expect(ids).toEqual(expect.arrayContaining(['acec-2021-2025', 's2.2-l1-i6', 'c4-m2', 'ap-c4-a2-x2', 'n3', 'annex', 'annex-a8-e1']));
    const seen = new Set<string>();
    const dupes = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
    expect(fw.actionPlan.components.map((pc) => pc.componentId)).toEqual(fw.components.map((c) => c.id));
  });

  it('has English approved everywhere, the published Chinese approved and the working translation draft', () => {
    const fields = collectBiTexts(fw);
    expect(fields.length).toBe(346);
    expect(fields.filter((f) => f.en.status !== 'approved').map((f) => f.path)).toEqual([]);
    // Only the Chinese printed on the cover is approved; everything else is the working translation.
    const approved = fields.filter((f) => f.zh.status === 'approved');
    expect(approved.map((f) => f.path)).toEqual(['metadata.title', 'metadata.publisher.name']);
    const others = fields.filter((f) => f.zh.status !== 'approved');
    expect(others.filter((f) => f.zh.status !== 'draft').map((f) => f.path)).toEqual([]);
    // Chinese is written exactly where English is (two annex entries print no place).
    expect(fields.filter((f) => (f.zh.text === '') !== (f.en.text === '')).map((f) => f.path)).toEqual([]);
    expect(fields.filter((f) => f.en.text === '').map((f) => f.path)).toEqual([
      'annex.areas[2].entries[0].place',
      'annex.areas[7].entries[0].place',
    ]);
  });
});

describe('built-in 2021-2025 edition: cover and metadata', () => {
  it('matches the cover and imprint as published', () => {
    const m = fw.metadata;
    const p = m.publisher;
    expect(reference.cover[0]).toBe(m.title.en.text);
    expect(reference.cover).toEqual(
      expect.arrayContaining([
        m.title.zh.text,
        p.name.zh.text,
        p.name.en.text,
        `ADD: ${p.address.en.text}`,
        `TEL: ${p.phone}`,
        `FAX: ${p.fax}`,
        `E-mail: ${p.email}`,
        `WEB: <${p.web}>`,
        fw.contentsTitle.en.text,
      ]),
    );
    expect(m.title.zh.text).toBe('中国－东盟环境合作战略及行动框架 2021-2025');
    expect(p.name.zh.text).toBe('中国－东盟环境保护合作中心');
    expect(m.shortTitle.en.text).toBe(RUNNING_HEADER);
    expect(m).toMatchObject({ period: { start: 2021, end: 2025 }, edition: '2021-2025', status: 'final', date: null });
    // The Chinese was approved against the English printed beside it.
    expect(m.title.zh.basis).toBe(textFingerprint(m.title.en.text));
    expect(p.name.zh.basis).toBe(textFingerprint(p.name.en.text));
  });
});

describe('built-in 2021-2025 edition: fidelity to the published text', () => {
  it('reads the reference as expected (5 page-break joins, 1 running header)', () => {
    expect(reference.joins).toBe(5);
    expect(reference.runningHeaders).toBe(1);
    expect(reference.lines[0]).toBe('1. Background');
    expect(reference.lines).toContain(
      '2. The ASEAN-China National Focal Points (NFPs) on Environmental Cooperation, that have been nominated or will be updated by ASOEN and MEE, will (i) serve as contact points for communication and coordination between the Environmental Sector of ASEAN Member States, Environment Division of the ASEAN Secretariat and CAEC; (ii) provide technical guidance towards the overall implementation of the Framework; (iii) provide feedback to annual work plans, which are to be prepared by CAEC in close consultation with the Environment Division of the ASEAN Secretariat; and (iv) monitor the progress of implementation of the Framework. The ASEAN-China NFPs Meeting on Environmental Cooperation will be held annually to facilitate the above-mentioned tasks.',
    );
  });

  it('holds every published line, in order, and nothing else', () => {
    const report = fidelityReport(fw);
    expect(report.missing).toEqual([]);
    expect(report.extra).toEqual([]);
  });

  it('keeps the published italics, as *...*', () => {
    const spans = (text: string, rx: RegExp) => [...text.matchAll(rx)].map((m) => m[1] ?? m[2]).sort();
    const published = spans(referenceText, /\*([^*\n]+)\*|<i>(.+?)<\/i>/g);
    const stored = spans(collectBiTexts(fw).map((f) => f.en.text).join('\n'), /\*([^*\n]+)\*()/g);
    expect(published.length).toBe(19);
    expect(stored).toEqual(published);
  });

  it('notices a dropped annex entry', () => {
    const changed = clone();
    const area = changed.annex.areas[6];
    const i = area.entries.findIndex((e) => e.place.en.text === 'Shiyuan, China');
    expect(i).toBe(14);
    area.entries.splice(i, 1);
    const report = fidelityReport(changed);
    expect(report.missing).toContain('15\tAugust 2017, Shiyuan, China\tASEAN-China Workshop on Cooperation in Urban Water Pollution Control');
  });

  it('notices an altered annex entry and a corrected typo', () => {
    const changed = clone();
    changed.annex.areas[0].entries[0].text.en.text = changed.annex.areas[0].entries[0].text.en.text.replace('Forum2019', 'Forum 2019');
    const report = fidelityReport(changed);
    expect(report.missing).toHaveLength(1);
    expect(report.missing[0]).toMatch(/^1\tSeptember 2019, Nanning, China\tASEAN-China Environmental Cooperation Forum2019 was themed/);
    expect(report.extra).toHaveLength(1);
  });

  it('notices a dropped activity and an altered schedule', () => {
    const dropped = clone();
    dropped.actionPlan.components[0].actions[0].activities.splice(1, 1);
    expect(fidelityReport(dropped).missing).toContain('Activity 1-2: ASEAN-China Environmental Cooperation Forum (including a ministerial dialogue)');

    const altered = clone();
    altered.actionPlan.components[1].actions[0].activities[0].schedule.text.en.text = '2020-2025, to be launched in 2020 (planned)';
    const report = fidelityReport(altered);
    expect(report.missing).toEqual(['Schedule: 2020-2015, to be launched in 2020 (planned)']);
    expect(report.extra).toEqual(['Schedule: 2020-2025, to be launched in 2020 (planned)']);
  });

  it('notices reordered notes and a published label "corrected"', () => {
    const reordered = clone();
    reordered.notes.items.reverse();
    expect(fidelityReport(reordered).missing.length).toBeGreaterThan(0);

    const relabelled = clone();
    relabelled.actionPlan.components[3].actions[0].activities[0].label = null;
    expect(fidelityReport(relabelled).missing).toEqual([
      'Activity 1: To work with ASEAN Center for Biodiversity (ACB) to develop and implement the ASEAN-China Cooperation Plan on Biodiversity and Ecological Conservation',
    ]);
  });
});

describe('built-in 2021-2025 edition: counts and labels', () => {
  it('has 4 components with 5, 5, 3 and 2 main activities', () => {
    expect(fw.components.map((c) => c.mainActivities.length)).toEqual([5, 5, 3, 2]);
    expect(fw.components.map((c) => c.paragraphs.length)).toEqual([1, 1, 1, 1]);
  });

  it('has the published actions and activities per component', () => {
    const shape = fw.actionPlan.components.map((pc) => ({
      actions: pc.actions.length,
      activities: pc.actions.reduce((n, a) => n + a.activities.length, 0),
    }));
    expect(shape).toEqual([
      { actions: 2, activities: 5 },
      { actions: 3, activities: 7 },
      { actions: 2, activities: 6 },
      { actions: 2, activities: 3 },
    ]);
    expect(fw.actionPlan.components.map((pc) => pc.actions.map((a) => a.activities.length))).toEqual([[4, 1], [3, 2, 2], [3, 3], [1, 2]]);
  });

  it('has 3 notes and the annex areas with 9, 4, 1, 8, 5, 6, 30 and 1 entries', () => {
    expect(fw.notes.items).toHaveLength(3);
    expect(fw.annex.areas.map((a) => a.entries.length)).toEqual([9, 4, 1, 8, 5, 6, 30, 1]);
    expect(fw.annex.period).toEqual({ start: 2011, end: 2020 });
  });

  it('overrides only the labels printed differently from their position', () => {
    const labels = computeLabels(fw);
    const overridden = [...labels].filter(([, l]) => l.overridden).map(([id, l]) => [id, l.label, l.derived]);
    expect(overridden).toEqual([
      ['ap-c3-a1-x3', 'Activity1-3', 'Activity 1-3'],
      ['ap-c4-a1-x1', 'Activity 1', 'Activity 1-1'],
    ]);
  });
});
