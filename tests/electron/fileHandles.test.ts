import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileHandles } from '../../electron/services/fileHandles';
import { FILE_HANDLE_KINDS, FileHandleSchema } from '../../shared/ipc/fileHandle';
import { ProblemError } from '../../shared/ipc/problem';

/** The code a registry call fails with (or 'none'). */
function codeOf(run: () => unknown): string {
  try {
    run();
    return 'none';
  } catch (e) {
    return e instanceof ProblemError ? e.code : 'not-a-problem';
  }
}

describe('file handle registry', () => {
  it('mints an opaque handle bound to one path and kind, and resolves it back', () => {
    const files = new FileHandles();
    const ref = files.mint('/data/projects/framework.json', 'project');
    expect(FileHandleSchema.safeParse(ref.handle).success).toBe(true);
    expect(ref.handle).not.toContain('framework');
    expect(ref.name).toBe('framework.json');
    expect(files.resolve(ref.handle, 'project')).toBe(path.resolve('/data/projects/framework.json'));
    // The same file and kind: the same handle while it lives (the renderer compares the open project with the recent list).
    expect(files.mint('/data/projects/../projects/framework.json', 'project').handle).toBe(ref.handle);
  });

  it('refuses a handle of another kind, a forged or malformed one, and a path, each with its code', () => {
    const files = new FileHandles();
    const written = files.mint('/data/exports/a.docx', 'written');
    expect(codeOf(() => files.resolve(written.handle, 'project'))).toBe('wrong-handle-kind');
    expect(codeOf(() => files.resolve(written.handle, ['save-target', 'backup']))).toBe('wrong-handle-kind');
    expect(codeOf(() => files.resolve(`fh1.${'A'.repeat(32)}`, 'written'))).toBe('unknown-handle');
    for (const raw of ['/etc/passwd', '../../etc/passwd', 'C:\\Windows\\win.ini', '/data/exports/a.docx', '', `${written.handle}/../x`]) {
      expect(codeOf(() => files.resolve(raw, 'written'))).toBe('unknown-handle');
    }
  });

  it('a handle minted by another registry (another run) is unknown here', () => {
    const a = new FileHandles();
    const b = new FileHandles();
    const ref = a.mint('/data/projects/framework.json', 'project');
    expect(b.mint('/data/projects/framework.json', 'project').handle).not.toBe(ref.handle);
    expect(codeOf(() => b.resolve(ref.handle, 'project'))).toBe('unknown-handle');
  });

  it('expires handles by kind, and drops the oldest past the cap', () => {
    let now = 1_000;
    const files = new FileHandles({ now: () => now, max: 3 });
    const target = files.mint('/data/projects/new.json', 'save-target');
    const project = files.mint('/data/projects/p.json', 'project');
    now += 16 * 60_000;
    expect(codeOf(() => files.resolve(target.handle, 'save-target'))).toBe('unknown-handle');
    expect(files.resolve(project.handle, 'project')).toBe(path.resolve('/data/projects/p.json'));
    for (const n of ['a', 'b', 'c']) files.mint(`/data/exports/${n}.pdf`, 'written');
    expect(codeOf(() => files.resolve(project.handle, 'project'))).toBe('unknown-handle');
  });

  it('one handle is never turned into another path: each resolves to the file it was minted for (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9._ -]{1,12}$/), fc.constantFrom(...FILE_HANDLE_KINDS)), { minLength: 1, maxLength: 40 }),
        (mints) => {
          const files = new FileHandles();
          const seen = new Map<string, string>();
          for (const [name, kind] of mints) {
            const file = path.resolve('/data', name);
            const { handle } = files.mint(file, kind);
            // A handle already given out keeps its file and kind whatever is minted after it.
            if (seen.has(handle)) expect(seen.get(handle)).toBe(`${kind}:${file}`);
            seen.set(handle, `${kind}:${file}`);
          }
          for (const [handle, bound] of seen) {
            const [kind, ...rest] = bound.split(':');
            expect(files.resolve(handle, kind as (typeof FILE_HANDLE_KINDS)[number])).toBe(rest.join(':'));
          }
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });

  it('a backup handle carries the project it was listed for', () => {
    const files = new FileHandles();
    const b = files.mint('/data/projects/p.json.backups/1.json', 'backup', '/data/projects/p.json');
    expect(files.entry(b.handle, 'backup').owner).toBe(path.resolve('/data/projects/p.json'));
    // The same backup listed for another project is another handle.
    expect(files.mint('/data/projects/p.json.backups/1.json', 'backup', '/data/projects/q.json').handle).not.toBe(b.handle);
  });
});
