import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Start the app's services and built renderer on loopback (electron/cli/serveWeb.ts) with its own
 * data folder, and wait for the URL it prints. Used by the browser end-to-end fixture and the
 * editor benchmark.
 */
export async function startServer(dataDir: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/serveWeb.ts'), '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    proc.on('exit', (code) => reject(new Error(`web server exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`web server did not start: ${stderr}`)), 30_000);
  });
  return { url, proc };
}

/** Stop a server started by startServer and wait until it has released its project lock. */
export async function stopServer(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}
