import { constants, promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Serve a file of the built renderer folder. Only regular files reached without a symbolic link
 * are served: the resolved real path must be the requested path inside the folder's real path,
 * and the file is opened with O_NOFOLLOW (a link swapped in after the check is not followed).
 * `pathname` is already %-decoded.
 */
export async function serveStatic(root: string, pathname: string, res: http.ServerResponse): Promise<void> {
  const rel = pathname === '/' ? '/index.html' : pathname;
  const realRoot = await fs.realpath(root).catch(() => null);
  const file = path.resolve(root, `.${rel}`);
  if (!realRoot || !file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  const expected = path.join(realRoot, path.relative(path.resolve(root), file));
  const real = await fs.realpath(file).catch(() => null);
  if (real !== expected) {
    res.writeHead(404).end('not found');
    return;
  }
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
    if (!(await handle.stat()).isFile()) throw new Error('not a file');
    const data = await handle.readFile();
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    res.end(data);
  } catch {
    res.writeHead(404).end('not found');
  } finally {
    await handle?.close();
  }
}
