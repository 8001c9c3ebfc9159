import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../services/handlers';
import { startHttpBridge } from '../services/httpBridge';
import { ProjectSession } from '../services/projectSession';

/**
 * Serve the built renderer and the app's services on loopback, for a browser (the end-to-end
 * tests' target). Usage: serveWeb [--data DIR] [--port N]. Prints the URL on the first line.
 */
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = path.resolve(opt('--data') ?? path.join(os.tmpdir(), 'acec-framework-web'));
const port = Number(opt('--port') ?? 0);
const staticDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

const session = await ProjectSession.start({ dataDir });
const bridge = await startHttpBridge({ session, handlers: createHandlers(session), staticDir, port });
console.log(bridge.url);
console.error(`data folder: ${dataDir}`);

const stop = async () => {
  await bridge.close();
  await session.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
