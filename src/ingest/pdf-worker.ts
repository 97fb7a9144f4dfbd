import { parentPort } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import { readPdf } from './pdf.js';
import type { PdfReply, PdfRequest } from './pdf-thread.js';
import { readWhole } from './whole-file.js';

/**
 * The PDF thread (see pdf-thread.ts): PDF.js parses here, one document at a
 * time in the order asked, and the documents go back to the reading thread.
 */
async function answer(req: PdfRequest): Promise<PdfReply> {
  try {
    let bytes: Uint8Array;
    if (req.kind === 'file') {
      const read = await readWhole(req.path, req.max);
      if (typeof read === 'string')
        return { id: req.id, ok: false, kind: 'input', message: `${req.path}: ${read}` };
      bytes = read;
    } else bytes = req.bytes;
    return { id: req.id, ok: true, doc: await readPdf(req.docId, bytes, req.source, req.options) };
  } catch (err) {
    if (err instanceof InvalidInputError)
      return { id: req.id, ok: false, kind: 'input', message: err.message };
    const code = (err as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string')
      return { id: req.id, ok: false, kind: 'io', code, message: String((err as Error).message) };
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    return { id: req.id, ok: false, kind: 'bug', message };
  }
}

// One at a time: PDF.js is single-threaded here anyway, and a queue keeps one file's bytes in memory.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (req: PdfRequest) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(req)));
});
