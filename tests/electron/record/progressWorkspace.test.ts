import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { fileHandlesOf } from '../../../electron/services/fileHandles';
import type { ProjectSession } from '../../../electron/services/projectSession';
import { ProblemError } from '../../../shared/ipc/problem';
import { saveEvent, setActivityStatus, type EventFields } from '../../../shared/record/operations';
import { planIndex } from '../../../shared/record/planIndex';
import { sealHash } from '../../../shared/review/seal';
import { drafterSession, newSession } from '../review/session';

const pathOf = (s: ProjectSession, r: { file: { handle: string } }) => fileHandlesOf(s).resolve(r.file.handle, 'written');
const csv = readFileSync(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url));
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

const fields = (activityId: string): EventFields => ({
  date: '2025-06-18',
  place: { city: 'Siem Reap', country: 'Cambodia', countryCode: 'KH', online: false },
  title: { en: { text: 'Workshop on Wetland Monitoring', status: 'draft' }, zh: { text: '湿地监测研讨会', status: 'draft' } },
  organisers: ['Ministry of Environment Cambodia'],
  partners: [],
  participants: 42,
  componentId: null,
  activityIds: [activityId],
  outputs: [],
  references: [],
  reportingCountry: null,
});

describe("the NFP's progress packet: opened in the app, filled in, exported, imported by the secretariat", () => {
  it('round trip: template → NFP workspace → report packet → secretariat import', async () => {
    const sec = await drafterSession();
    const hs = createHandlers(sec);
    await hs.importProgress({ files: [{ name: 'events.csv', base64: b64(csv) }] });
    const template = readFileSync(pathOf(sec, await hs.exportProgressTemplate({ country: 'KH', kind: 'packet' })));

    // The NFP's app: a fresh data folder, nothing but the packet.
    const nfp = await newSession();
    const hn = createHandlers(nfp);
    const opened = await hn.openProgressPacket({ name: 'acec-2021-2025-progress-KH.acec-progress.json', base64: b64(template) });
    expect(opened.ok).toBe(true);
    expect(nfp.current.progress).toMatchObject({ country: 'KH', frameworkId: sec.current.framework.id });
    expect(nfp.info()).toMatchObject({ readOnly: true, name: 'acec-2021-2025-progress-KH.acec-progress.json' });
    // What KH reported so far comes with the template.
    expect(nfp.current.record.events.map((e) => e.title.en.text)).toEqual(['Seminar on Marine Plastics and Microplastics']);

    // The framework text is read-only; the record is the country's to edit.
    const firstSection = nfp.current.framework.sections[0].id;
    expect(() => nfp.applyChange('edit', [{ op: 'replace', path: ['framework', 'id'], value: 'other' }])).toThrow(ProblemError);
    expect(nfp.current.framework.sections[0].id).toBe(firstSection);
    const activity = planIndex(nfp.current.framework).activities[0].activity.id;
    const op = saveEvent(nfp.current, null, fields(activity), [], '2026-02-01T10:00:00.000Z', () => 'x1');
    nfp.applyChange(op.label, op.patches);
    const st = setActivityStatus(nfp.current, activity, 2025, 'completed', 'held in June', '2026-02-01T10:01:00.000Z')!;
    nfp.applyChange(st.label, st.patches);
    const added = nfp.current.record.events.find((e) => e.id === op.eventId)!;
    expect(added).toMatchObject({ reportingCountry: 'KH', reportedBy: ['KH'] });
    expect(nfp.current.record.statuses).toEqual([expect.objectContaining({ activityId: activity, year: 2025, status: 'completed', reporter: 'KH' })]);
    // The secretariat's own tools are not for the NFP's workspace.
    await expect(hn.importProgress({ files: [{ name: 'events.csv', base64: b64(csv) }] })).rejects.toMatchObject({ code: 'progress-mode' });

    const report = await hn.exportProgressReport({});
    expect(report).toMatchObject({ events: 2, statuses: 1 });
    const reportText = readFileSync(pathOf(nfp, report), 'utf8');
    const packet = JSON.parse(reportText);
    // Sealed as the template is (same kind, version and hash scheme), without the framework.
    expect(packet).toMatchObject({ kind: 'acec-progress-packet', formatVersion: 1, country: 'KH', reporter: 'KH' });
    expect(packet.framework).toBeUndefined();
    const { hash, ...rest } = packet;
    expect(hash).toBe(sealHash(rest));

    // Reopening the same template brings back what was recorded.
    await hn.openProgressPacket({ name: 'acec-2021-2025-progress-KH.acec-progress.json', base64: b64(template) });
    expect(nfp.current.record.events).toHaveLength(2);

    // The secretariat imports the report: the new event and the status are KH's.
    const r = await hs.importProgress({ files: [{ name: 'KH-report.acec-progress.json', base64: b64(reportText) }] });
    expect(r.files[0]).toMatchObject({ ok: true, kind: 'packet', added: 1, known: 1, statuses: 1 });
    const got = sec.current.record.events.find((e) => e.title.en.text === 'Workshop on Wetland Monitoring');
    expect(got).toMatchObject({ reportingCountry: 'KH', participants: 42 });
    expect(got?.reportedBy).toContain('KH');
    expect(sec.current.record.statuses).toContainEqual(expect.objectContaining({ activityId: activity, reporter: 'KH', status: 'completed' }));

    // A report altered by hand is refused, and changes nothing.
    const altered = reportText.replace('"participants": 42', '"participants": 4200');
    expect(altered).not.toBe(reportText);
    const before = sec.current.record;
    const refused = await hs.importProgress({ files: [{ name: 'altered.acec-progress.json', base64: b64(altered) }] });
    expect(refused.files[0]).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    expect(sec.current.record).toBe(before);
  });

  it('refuses to open a packet without its framework, or an altered one, and leaves the open project as it was', async () => {
    const sec = await drafterSession();
    const hs = createHandlers(sec);
    const template = readFileSync(pathOf(sec, await hs.exportProgressTemplate({ country: 'TH', kind: 'packet' })), 'utf8');
    const nfp = await newSession();
    const hn = createHandlers(nfp);
    const before = nfp.current;
    const altered = template.replace('"country": "TH"', '"country": "VN"');
    expect(await hn.openProgressPacket({ name: 'x.acec-progress.json', base64: b64(altered) })).toMatchObject({ ok: false, refusal: { code: 'hash-mismatch', name: 'x.acec-progress.json' } });
    // A report (no framework) is for the secretariat's import, not a workspace.
    const { framework: _f, hash: _h, ...bare } = JSON.parse(template);
    const report = JSON.stringify({ ...bare, hash: sealHash(bare) });
    expect(await hn.openProgressPacket({ name: 'r.acec-progress.json', base64: b64(report) })).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
    expect(nfp.current).toBe(before);
    // Outside a workspace there is no report to export.
    await expect(hn.exportProgressReport({})).rejects.toMatchObject({ code: 'not-progress-mode' });
  });
});
