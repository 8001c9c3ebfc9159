// Child process for the crash test: opens a project and saves changed versions as fast as it can
// (a verified backup before every save) until it is killed. Prints "saving" once the loop runs.
import { ProjectStore } from '../../../electron/services/projectStore';

const file = process.argv[2];
const store = await ProjectStore.open(file, { backupIntervalMs: 0, keepBackups: 3, lock: false });
let n = 0;
console.log('saving');
for (;;) {
  const p = structuredClone(store.project);
  p.framework.metadata.edition = `rev-${n++}`;
  // Make the file large so a kill often lands mid-write.
  p.framework.sections[0].title.zh.text = 'x'.repeat(200_000 + (n % 7) * 1000);
  await store.save(p);
}
