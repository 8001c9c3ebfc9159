import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RefusalCode } from '../../../../shared/review/refusal';
import type { ReviewDocxContents } from '../wordComments';
import { DocxRefusalError } from './docxRefusal';

/**
 * Reading review .docx files in a worker thread with a time limit and a memory limit (V8's
 * `resourceLimits`): a file that would make the parser run for minutes or fill the heap stops
 * the worker, not the app, and is refused with `import-timeout` or `import-memory`.
 *
 * One worker is kept while files keep coming (the secretariat imports a dozen at once; starting a
 * worker costs more than reading a file) and is ended after a few seconds idle; a worker that was
 * stopped is replaced for the next file. Files are read one at a time, so each file's time limit
 * is its own. From the built app the worker is its own bundle entry; from source (tests, the
 * command line) it is TypeScript loaded through tsx's API.
 */

export interface IsolationLimits {
  timeoutMs: number;
  /** V8 old-generation heap of the worker, MB. */
  heapMb: number;
}

export const ISOLATION_LIMITS: IsolationLimits = { timeoutMs: 20_000, heapMb: 384 };
const IDLE_MS = 5_000;

function workerEntry(): { script: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // tsx's `./esm/api` export, import condition (require.resolve would give its CommonJS twin).
    const api = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const worker = pathToFileURL(path.join(path.dirname(here), 'docxWorker.ts')).href;
    return { script: `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`, eval: true };
  }
  // Built (electron-vite): the worker is its own entry beside the main bundle (electron.vite.config.ts).
  return { script: path.join(path.dirname(here), 'docxWorker.js'), eval: false };
}

type WorkerReply = { id: number; ok: true; contents: ReviewDocxContents } | { id: number; ok: false; code: RefusalCode; part: string; detail: string };

interface Job {
  bytes: Uint8Array;
  resolve: (c: ReviewDocxContents) => void;
  reject: (e: DocxRefusalError) => void;
}

class IsolatedReader {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private queue: Job[] = [];
  private busy = false;
  private idle: NodeJS.Timeout | null = null;
  private nextId = 0;
  constructor(private readonly limits: IsolationLimits) {}

  read(bytes: Uint8Array): Promise<ReviewDocxContents> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      void this.pump();
    });
  }

  private start(): Worker {
    const entry = workerEntry();
    const w = new Worker(entry.script, {
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    w.unref();
    this.worker = w;
    this.ready = new Promise((resolve) => w.once('message', () => resolve()));
    return w;
  }

  private stop(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  private async pump(): Promise<void> {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    if (this.idle) clearTimeout(this.idle);
    const job = this.queue.shift()!;
    const w = this.worker ?? this.start();
    const id = this.nextId++;
    const outcome = await new Promise<{ ok: true; contents: ReviewDocxContents } | { ok: false; error: DocxRefusalError; kill: boolean }>((settle) => {
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        cleanup();
        settle({ ok: false, kill: true, error: new DocxRefusalError('import-timeout', '', `reading took longer than ${this.limits.timeoutMs / 1000} s and was stopped`) });
      }, this.limits.timeoutMs);
      const onMessage = (reply: WorkerReply | { ready: true }) => {
        if (!('id' in reply) || reply.id !== id) return;
        cleanup();
        settle(reply.ok ? { ok: true, contents: reply.contents } : { ok: false, kill: false, error: new DocxRefusalError(reply.code, reply.part, reply.detail) });
      };
      const onError = (e: Error & { code?: string }) => {
        cleanup();
        settle({
          ok: false,
          kill: true,
          error:
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new DocxRefusalError('import-memory', '', `reading needed more than ${this.limits.heapMb} MB and was stopped`)
              : new DocxRefusalError('import-failed', '', e.message),
        });
      };
      const onExit = (code: number) => {
        cleanup();
        settle({ ok: false, kill: true, error: new DocxRefusalError('import-failed', '', `the reading worker stopped (exit ${code})`) });
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      // A copy, transferred: the caller's buffer stays usable.
      const copy = Uint8Array.prototype.slice.call(job.bytes);
      void this.ready!.then(() => w.postMessage({ id, bytes: copy }, [copy.buffer]));
    });
    if (outcome.ok) job.resolve(outcome.contents);
    else {
      if (outcome.kill) this.stop();
      job.reject(outcome.error);
    }
    this.busy = false;
    if (this.queue.length) void this.pump();
    else this.idle = setTimeout(() => this.stop(), IDLE_MS).unref();
  }
}

const readers = new Map<string, IsolatedReader>();

/** Read a review .docx in the reading worker; refusals are DocxRefusalError with a code and a part. */
export function readReviewDocxIsolated(bytes: Uint8Array, limits: IsolationLimits = ISOLATION_LIMITS): Promise<ReviewDocxContents> {
  const key = `${limits.timeoutMs}/${limits.heapMb}`;
  let r = readers.get(key);
  if (!r) readers.set(key, (r = new IsolatedReader(limits)));
  return r.read(bytes);
}
