import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importProgressBytes, progressRefusal } from '../../electron/services/record/progressFiles';
import { buildTemplatePacket, buildTemplateWorkbook } from '../../electron/services/record/progressTemplate';
import { exportReviewCopy, importPackets, openReviewCopy } from '../../electron/services/review/reviewFiles';
import { SettingsStore } from '../../electron/services/settingsStore';
import { MAX_SNAPSHOT_BYTES, VersionStore } from '../../electron/services/versions/versionStore';
import { ProblemError } from '../../shared/ipc/problem';
import { builtinProject, DARA } from '../shared/review/builtin';
import { samplePacket } from '../shared/review/packets';
import { drafterSession, newSession } from './review/session';

/**
 * Every file kind read from disk by the same strict decoder (shared/text/strictJson.ts): a byte
 * that is not UTF-8 is refused with its offset, never turned into U+FFFD; the reason says the fault.
 */
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'acec-strict-'));

/** The bytes of `text` with one invalid byte (0xFF) put at `at`. */
function withBadByte(text: string, at: number): Buffer {
  const b = Buffer.from(text, 'utf8');
  return Buffer.concat([b.subarray(0, at), Buffer.from([0xff]), b.subarray(at + 1)]);
}

describe('strict decoding of every file kind on disk', () => {
  it('review copy from a file: a bad byte is refused as bad-encoding at its offset', async () => {
    const drafter = await drafterSession();
    const { file } = await exportReviewCopy(drafter, 'Draft 1');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('Environmental');
    writeFileSync(file, withBadByte(text, at));
    const s = await newSession();
    const r = await openReviewCopy(s, { file }, DARA);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'bad-encoding', offset: at } });
  });

  it('review copy and packets picked in the page (bytes as base64): the same rule', async () => {
    const s = await drafterSession();
    const packet = JSON.stringify(samplePacket(s.current, DARA, 'dara'));
    const at = packet.indexOf('Dara');
    const before = JSON.stringify(s.current.review);
    const r = importPackets(s, [{ name: 'dara.acec-comments.json', base64: withBadByte(packet, at).toString('base64') }]);
    expect(r).toMatchObject({ ok: false, refusals: [{ name: 'dara.acec-comments.json', code: 'bad-encoding', offset: at }] });
    expect(JSON.stringify(s.current.review)).toBe(before);
    // The same packet, valid and with a BOM, is accepted.
    const ok = importPackets(s, [{ name: 'dara.acec-comments.json', base64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(packet)]).toString('base64') }]);
    expect(ok.ok).toBe(true);
    const copy = await openReviewCopy(await newSession(), { name: 'copy.acec-review.json', base64: Buffer.from('{"kind": [[[').toString('base64') }, DARA);
    expect(copy).toMatchObject({ ok: false, refusal: { code: 'truncated' } });
  });

  it('named version: a bad byte and a nonsense time each make a damaged version that says why', async () => {
    const dir = tmp();
    const store = new VersionStore(path.join(dir, 'p.json'));
    const info = await store.saveNamed(builtinProject(), { name: 'Milestone', author: 'me' });
    const file = path.join(dir, 'p.json.versions', 'named', `${info.id}.json`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, withBadByte(text, 30));
    await expect(store.read('named', info.id)).rejects.toMatchObject({ code: 'damaged-version', data: { detail: expect.stringContaining('offset 30') as string } });
    expect(await store.listNamed()).toEqual([]);
    writeFileSync(file, text.replace(/"createdAt": "[^"]+"/, '"createdAt": "2026-13-45T99:99:99Z"'));
    await expect(store.read('named', info.id)).rejects.toMatchObject({ code: 'damaged-version', data: { detail: expect.stringContaining('createdAt') as string } });
    writeFileSync(file, text);
    expect((await store.read('named', info.id)).meta.name).toBe('Milestone');
  });

  it('history snapshot: one that inflates past the limit is refused as damaged without being read into memory', async () => {
    const dir = tmp();
    const store = new VersionStore(path.join(dir, 'p.json'));
    const id = '2026-01-01T00-00-00-000Z';
    mkdirSync(path.join(dir, 'p.json.versions', 'history'), { recursive: true });
    // ~80 kB on disk, 80 MB unpacked: a planted or damaged file, not a project.
    writeFileSync(path.join(dir, 'p.json.versions', 'history', `${id}.json.gz`), gzipSync(Buffer.alloc(MAX_SNAPSHOT_BYTES + 16 * 1024 * 1024, 0x20)));
    const heap = process.memoryUsage().arrayBuffers;
    await expect(store.read('history', id)).rejects.toMatchObject({ code: 'damaged-version' });
    expect(process.memoryUsage().arrayBuffers - heap).toBeLessThan(MAX_SNAPSHOT_BYTES + 8 * 1024 * 1024);
  });

  it('settings: a file that does not decode is set aside, not overwritten by the next change', async () => {
    const dir = tmp();
    const bad = withBadByte('{"uiLanguage": "zh", "recentProjects": []}', 17);
    writeFileSync(path.join(dir, 'settings.json'), bad);
    const store = await SettingsStore.load(dir);
    expect(store.value.uiLanguage).toBe('en');
    const aside = readdirSync(dir).filter((n) => n.startsWith('settings.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, aside[0]))).toEqual(bad);
    await store.update((x) => ({ ...x, uiLanguage: 'zh' }));
    expect(existsSync(path.join(dir, aside[0]))).toBe(true);
    // A valid file with a BOM is read as it is.
    writeFileSync(path.join(dir, 'settings.json'), `\uFEFF${JSON.stringify({ uiLanguage: 'zh' })}`);
    expect((await SettingsStore.load(dir)).value.uiLanguage).toBe('zh');
  });

  it('progress workbook (.xlsx): a bad byte in xl/sharedStrings.xml is refused naming the part and offset, not imported as U+FFFD', async () => {
    const project = builtinProject();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplateWorkbook(project, 'KH', '2026-01-05T00:00:00.000Z')) as unknown as ArrayBuffer);
    wb.getWorksheet('Events')!.addRow(['2022-11-15', 'Siem Reap', 'Workshop on Coastal Wetlands', '滨海湿地研讨会', '4', 'Activity 2-1', '', '45', '']);
    const good = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await importProgressBytes(project, 'kh.xlsx', good)).outcome.added).toBe(1);
    const zip = await JSZip.loadAsync(good);
    const strings = Buffer.from(await zip.file('xl/sharedStrings.xml')!.async('uint8array'));
    const at = strings.indexOf('Coastal');
    strings[at] = 0xff;
    zip.file('xl/sharedStrings.xml', strings);
    const bad = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const refused = await importProgressBytes(project, 'kh.xlsx', bad).then(
      () => null,
      (e: unknown) => progressRefusal(e),
    );
    expect(refused).toEqual({ reason: 'bad-encoding', detail: `xl/sharedStrings.xml: first bad byte at offset ${at}`, file: 'kh.xlsx' });
  });

  it('progress packet and CSV: a bad byte is refused as bad-encoding with its offset', async () => {
    const project = builtinProject();
    const packet = JSON.stringify(buildTemplatePacket(project, 'KH', '2026-01-05T00:00:00.000Z'));
    const refusal = async (name: string, bytes: Uint8Array) => {
      try {
        await importProgressBytes(project, name, bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(ProblemError);
        return progressRefusal(e);
      }
      return null;
    };
    expect(await refusal('kh.acec-progress.json', withBadByte(packet, 40))).toMatchObject({ reason: 'bad-encoding', detail: 'offset 40' });
    expect(await refusal('kh.csv', withBadByte('date,title_en\n2024-01-01,Workshop\n', 20))).toMatchObject({ reason: 'bad-encoding', detail: expect.stringContaining('offset 20') as string });
    expect(await refusal('kh.acec-progress.json', Buffer.from(packet.slice(0, -10)))).toMatchObject({ reason: 'truncated' });
  });
});
