import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { contentHash } from '../../../shared/review/seal';
import type { Project } from '../../../shared/model/project';
import { meetFinalRequirements, ROOT } from './readers';

/**
 * The final gate on the command line, as the secretariat's script meets it: a final export of a
 * project not ready is refused (exit 3) naming each requirement not met and where; sign-off is
 * refused until the requirements are met and the warnings acknowledged; once signed off the final
 * is written; an edit to the text afterwards needs a new sign-off.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-final-cli-'));
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'electron/cli/exportCommand.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
const readProject = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Project;
let builtin: Project;

beforeAll(async () => {
  builtin = await loadBuiltinEdition();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export: a final that means final', () => {
  it('refuses a final export and a sign-off until the requirements are met, then exports what was signed off', () => {
    const file = path.join(dir, 'asoen.json');
    const out = path.join(dir, 'out');
    // A new draft from the published edition: its cover says Draft.
    writeFileSync(file, JSON.stringify({ ...builtin, framework: { ...builtin.framework, metadata: { ...builtin.framework.metadata, status: 'draft' } } }));

    const refused = cli(file, '--final', '--format', 'pdf', '--layout', 'bilingual', '--date', '2026-12-03', '--out', out);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain("a final export is refused: the project's final requirements are not met; nothing was written");
    expect(refused.stderr).toContain('NOT MET [noErrors] 1 error-level finding not waived');
    expect(refused.stderr).toContain('at ap-c2-a1-x1 schedule en (schedule-reversed)');
    expect(refused.stderr).toMatch(/NOT MET \[allApproved\] \d{3,} fields not approved/);
    expect(refused.stderr).toContain('NOT MET [noOpenComments] 4 unresolved comments');
    expect(refused.stderr).toMatch(/NOT MET \[warningsAcknowledged\] \d+ warnings? not acknowledged/);
    expect(refused.stderr).toContain("NOT MET [coverFinal] The cover’s status is not Final");
    expect(refused.stderr).toContain('NOT MET [signOff]');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const early = cli('sign-off', file, '--name', 'Li Wei', '--role', 'Head of the secretariat', '--acknowledge-warnings');
    expect(early.status).toBe(3);
    expect(early.stderr).toContain('sign-off refused: the final requirements are not met');
    expect(readProject(file).final.signOffs).toEqual([]);

    // The secretariat's work done: error waived, every field approved, threads resolved, cover Final.
    writeFileSync(file, JSON.stringify(meetFinalRequirements(builtin)));
    const unread = cli('sign-off', file, '--name', 'Li Wei', '--role', 'Head of the secretariat');
    expect(unread.status).toBe(3);
    expect(unread.stderr).toContain('the warnings are not acknowledged');
    expect(cli('sign-off', file, '--role', 'Head').status).toBe(2);

    const signed = cli('sign-off', file, '--name', 'Li Wei', '--role', 'Head of the secretariat', '--note', 'for the 2026 ASOEN', '--acknowledge-warnings');
    expect(signed.stderr).toBe('');
    expect(signed.status).toBe(0);
    expect(signed.stdout).toMatch(/^signed off by Li Wei \(Head of the secretariat\) at \d{4}-\d{2}-\d{2}T.*acknowledging \d+ warning\(s\)/);
    const saved = readProject(file);
    expect(saved.final.signOffs).toHaveLength(1);
    expect(saved.final.signOffs[0]).toMatchObject({ name: 'Li Wei', role: 'Head of the secretariat', note: 'for the 2026 ASOEN', contentHash: contentHash(saved.framework) });
    expect(saved.final.signOffs[0].acknowledgedWarnings.length).toBeGreaterThan(0);

    const final = cli(file, '--final', '--format', 'pdf', '--layout', 'bilingual', '--date', '2026-12-03', '--out', out);
    expect(final.status).toBe(0);
    expect(final.stderr).toContain('final: signed off by Li Wei (Head of the secretariat)');
    expect(final.stdout.trim()).toBe(path.join(out, 'asoen-bilingual-final-2026-12-03.pdf'));

    // The text changed after the sign-off: the old sign-off does not cover it.
    const edited = readProject(file);
    edited.framework.sections[0].title.en.text += ' (revised)';
    writeFileSync(file, JSON.stringify(edited));
    const stale = cli(file, '--final', '--format', 'pdf', '--layout', 'bilingual', '--date', '2026-12-04', '--out', out);
    expect(stale.status).toBe(3);
    expect(stale.stderr).toContain('NOT MET [signOff]');
    expect(readdirSync(out)).toEqual(['asoen-bilingual-final-2026-12-03.pdf']);
  }, 120_000);
});
