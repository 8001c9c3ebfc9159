import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ProjectSession } from '../../../electron/services/projectSession';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

/** A session on a fresh data folder (closed after each test). */
export async function newSession(): Promise<ProjectSession> {
  const s = await ProjectSession.start({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'acec-review-')), saveDebounceMs: 5 });
  sessions.push(s);
  return s;
}

/** A session with an editable copy of the built-in edition open. */
export async function drafterSession(): Promise<ProjectSession> {
  const s = await newSession();
  await s.newFromBuiltin(path.join(s.dataDir, 'projects', 'framework.json'));
  return s;
}
