import { parentPort } from 'node:worker_threads';
import { readReviewDocx } from '../wordComments';
import { DocxRefusalError } from './docxRefusal';

/**
 * The worker thread that reads review .docx files for isolatedRead.ts, which starts it with time
 * and memory limits: whatever a file does to the parser happens here, not in the app's process.
 * One request at a time: `{ id, bytes }` in, `{ id, ok, … }` out.
 */
parentPort?.on('message', (msg: { id: number; bytes: Uint8Array }) => {
  readReviewDocx(msg.bytes).then(
    (contents) => parentPort!.postMessage({ id: msg.id, ok: true, contents }),
    (e: unknown) => {
      const reply =
        e instanceof DocxRefusalError
          ? { code: e.code, part: e.part, detail: e.detail }
          : e instanceof RangeError
            ? { code: 'part-malformed', part: 'word/document.xml', detail: `nested too deeply (${e.message})` }
            : { code: 'import-failed', part: '', detail: e instanceof Error ? e.message : String(e) };
      parentPort!.postMessage({ id: msg.id, ok: false, ...reply });
    },
  );
});
parentPort?.postMessage({ ready: true });
