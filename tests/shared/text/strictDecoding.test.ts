import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossaryFromFile } from '../../../shared/glossary/importFile';
import { GlossaryImportError } from '../../../shared/glossary/importResult';
import { ExportOptionsSchema } from '../../../shared/export/types';
import { ProjectSchema } from '../../../shared/model/project';
import { isCalendarDate, isIsoTimestamp, TimestampSchema } from '../../../shared/model/timestamp';
import { readProgressPacket } from '../../../shared/record/progressReport';
import { readPacket } from '../../../shared/review/packet';
import { buildReviewCopy, readReviewCopy } from '../../../shared/review/reviewCopy';
import { seal } from '../../../shared/review/seal';
import { decodeUtf8Strict, MAX_JSON_DEPTH, parseJsonStrict, parseJsonText } from '../../../shared/text/strictJson';
import { builtinProject, DARA } from '../review/builtin';
import { samplePacket } from '../review/packets';

const project = builtinProject();
const fwId = project.framework.id;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('strict UTF-8 decoding (pure)', () => {
  it('decodes every well-formed string exactly as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const r = decodeUtf8Strict(utf8(s));
        expect(r).toEqual({ ok: true, text: s });
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('refuses any byte sequence TextDecoder would repair, at the first bad byte', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decodeUtf8Strict(bytes);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(r.ok).toBe(valid);
        if (!r.ok) {
          // Everything before the offset is well formed; the byte at it starts no valid sequence.
          expect(() => fatal.decode(bytes.subarray(r.offset === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0, r.offset))).not.toThrow();
        }
      }),
      { seed: 15, numRuns: 2000 },
    );
  });

  it('names the offset of the first bad byte and drops one leading BOM', () => {
    expect(decodeUtf8Strict(new Uint8Array([0x61, 0x62, 0xff, 0x63]))).toEqual({ ok: false, offset: 2 });
    expect(decodeUtf8Strict(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3]))).toEqual({ ok: false, offset: 4 });
    expect(decodeUtf8Strict(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    // Overlong "/" and an encoded surrogate are not UTF-8.
    expect(decodeUtf8Strict(new Uint8Array([0xc0, 0xaf]))).toEqual({ ok: false, offset: 0 });
    expect(decodeUtf8Strict(new Uint8Array([0x20, 0xed, 0xa0, 0x80]))).toEqual({ ok: false, offset: 1 });
  });
});

describe('one JSON rule with reasons that match the fault', () => {
  it('tells a file cut off inside a value from one with a fault before its end', () => {
    const text = JSON.stringify({ a: [1, 2, { b: 'word' }], c: 12 });
    for (let cut = 1; cut < text.length; cut++) {
      const r = parseJsonStrict(text.slice(0, cut));
      expect(r.ok ? 'ok' : r.failure.code, `cut at ${cut}`).toBe('truncated');
    }
    const flipped = `${text.slice(0, 5)}#${text.slice(6)}`;
    expect(parseJsonStrict(flipped)).toMatchObject({ ok: false, failure: { code: 'not-json', offset: 5 } });
  });

  it('refuses nesting deeper than the limit with its own reason, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseJsonStrict(deep)).toMatchObject({ ok: false, failure: { code: 'too-deep', offset: MAX_JSON_DEPTH, limit: MAX_JSON_DEPTH } });
    // Brackets inside strings do not count.
    expect(parseJsonStrict(JSON.stringify({ s: '['.repeat(500) })).ok).toBe(true);
  });

  it('applies the same BOM rule to text as to bytes', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('\uFEFF\uFEFF{"a":1}').ok).toBe(false);
  });
});

describe('every JSON file kind refuses with the reason of the fault', () => {
  const packetText = JSON.stringify(samplePacket(project, DARA, 'dara'));
  const copyText = JSON.stringify(buildReviewCopy(project, { versionName: 'v1', createdAt: '2026-01-01T00:00:00.000Z' }));
  const readers: [string, string, (t: string) => { ok: boolean; code?: string }][] = [
    ['comment packet', packetText, (t) => readPacket(t, fwId)],
    ['review copy', copyText, (t) => readReviewCopy(t)],
    ['progress packet', JSON.stringify(seal({ kind: 'acec-progress-packet', formatVersion: 1, frameworkId: fwId, country: 'KH', reporter: 'Dara', createdAt: '2026-01-01T00:00:00.000Z', events: [], statuses: [], funding: [] })), (t) => readProgressPacket(t, fwId)],
  ];
  for (const [kind, text, read] of readers) {
    it(`${kind}: a byte flipped inside a word is an altered file, never "truncated"`, () => {
      expect(read(text)).toMatchObject({ ok: true });
      // The year of createdAt, 2026 → 3026: still a real time, still JSON, but not what was sealed.
      const at = text.indexOf('"createdAt":"2') + '"createdAt":"'.length;
      const flipped = `${text.slice(0, at)}${String.fromCharCode(text.charCodeAt(at) ^ 1)}${text.slice(at + 1)}`;
      expect(read(flipped)).toMatchObject({ ok: false, code: 'hash-mismatch' });
    });
    it(`${kind}: a flipped bracket is not JSON at its offset; the end cut off is truncated; a BOM is accepted`, () => {
      const at = text.indexOf(':');
      expect(read(`${text.slice(0, at)};${text.slice(at + 1)}`)).toMatchObject({ ok: false, code: 'not-json', offset: at });
      expect(read(text.slice(0, -3))).toMatchObject({ ok: false, code: 'truncated' });
      expect(read(`\uFEFF${text}`)).toMatchObject({ ok: true });
      expect(read(`${'['.repeat(5000)}`)).toMatchObject({ ok: false, code: 'too-deep' });
    });
  }
  it('a review copy whose frameworkId is not its project\'s framework is refused, both ids named', () => {
    const copy = JSON.parse(copyText) as Record<string, unknown>;
    delete copy.hash;
    const r = readReviewCopy(JSON.stringify(seal({ ...copy, frameworkId: 'acec-2016-2020' })));
    expect(r).toMatchObject({ ok: false, code: 'framework-mismatch', expected: 'acec-2016-2020', found: fwId });
  });
  it('a glossary file with a byte that is not UTF-8 is refused with its offset, never imported with U+FFFD', () => {
    const csv = utf8('en,zh\nair pollution,空气污染\n');
    const bad = new Uint8Array([...csv.subarray(0, 20), 0xb4, 0xf3, ...csv.subarray(20)]);
    expect(glossaryFromFile('terms.csv', csv).terms).toHaveLength(1);
    expect(() => glossaryFromFile('terms.csv', bad)).toThrow(GlossaryImportError);
    expect(() => glossaryFromFile('terms.csv', bad)).toThrow(/offset 20/);
    expect(() => glossaryFromFile('terms.tbx', new Uint8Array([0x3c, 0xff]))).toThrow(/offset 1/);
  });
});

describe('real dates and unique ids in the schema', () => {
  it('refuses impossible times and dates, accepts real ones (leap years too)', () => {
    for (const bad of ['2026-13-45T99:99:99Z', '2026-02-29T00:00:00Z', '2026-04-31T10:00:00.000Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z', '2026-01-01T10:00:61Z', '2026-00-10T10:00:00Z']) {
      expect(isIsoTimestamp(bad), bad).toBe(false);
      expect(TimestampSchema.safeParse(bad).success).toBe(false);
    }
    for (const good of ['2024-02-29T23:59:59.999Z', '2026-12-31T00:00:00Z', new Date().toISOString()]) expect(isIsoTimestamp(good), good).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('refuses a packet whose item carries an impossible time, with the field\'s path', () => {
    const p = JSON.parse(JSON.stringify(samplePacket(project, DARA, 'dara'))) as { items: { createdAt: string }[]; hash?: string };
    delete p.hash;
    p.items[0].createdAt = '2026-13-45T99:99:99Z';
    const r = readPacket(JSON.stringify(seal(p)), fwId);
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(!r.ok && r.details?.[0].path).toBe('items.0.createdAt');
  });

  it('refuses a project whose sign-off or waiver carries an impossible time, with the field\'s path; real times load', () => {
    const signOff = { name: 'Li Wei', role: 'Head', at: '2026-12-03T10:00:00.000Z', note: '', contentHash: '0'.repeat(64), acknowledgedWarnings: [] };
    const waiver = { key: 'k', reason: 'as published', at: '2026-12-03T10:00:00Z' };
    const withDates = (at: string, waivedAt: string) => ({ ...project, final: { ...project.final, signOffs: [{ ...signOff, at }] }, waivers: [{ ...waiver, at: waivedAt }] });
    expect(ProjectSchema.safeParse(withDates(signOff.at, waiver.at)).success).toBe(true);
    const badSignOff = ProjectSchema.safeParse(withDates('2026-13-45T99:99:99Z', waiver.at));
    expect(badSignOff.success).toBe(false);
    expect(badSignOff.success ? [] : badSignOff.error.issues[0].path).toEqual(['final', 'signOffs', 0, 'at']);
    const badWaiver = ProjectSchema.safeParse(withDates(signOff.at, 'yesterday'));
    expect(badWaiver.success ? [] : badWaiver.error.issues[0].path).toEqual(['waivers', 0, 'at']);
  });

  it('export options: the watermark date must be a day that exists', () => {
    expect(ExportOptionsSchema.safeParse({ layout: 'en', date: '2026-02-28' }).success).toBe(true);
    for (const date of ['2026-02-30', '2026-13-01', '2026-00-10']) expect(ExportOptionsSchema.safeParse({ layout: 'en', date }).success, date).toBe(false);
  });

  it('refuses a project with duplicate element ids, naming them', () => {
    const p = JSON.parse(JSON.stringify(project)) as typeof project;
    const acts = p.framework.actionPlan.components[0].actions[0].activities;
    const dup = acts[0].id;
    acts[1].id = dup;
    p.framework.notes.items[1].id = p.framework.notes.items[0].id;
    const r = ProjectSchema.safeParse(p);
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages.join('\n')).toContain(dup);
    expect(messages.join('\n')).toContain(p.framework.notes.items[0].id);
    expect(r.success ? [] : r.error.issues[0].path).toEqual(['framework', 'actionPlan', 'components', 0, 'actions', 0, 'activities', 1]);
  });
});
