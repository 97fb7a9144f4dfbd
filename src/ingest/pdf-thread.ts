import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidInputError } from '../errors.js';
import type { PdfOptions } from './pdf.js';
import type { Document } from './types.js';

/**
 * PDF.js on a thread of its own. Parsing a PDF's text layer costs about as
 * much CPU as a tenth to a fifth of extracting its text, all of it in PDF.js;
 * on its own thread it runs beside extraction instead of before it, and the
 * reader can hand it files ahead of the one being read (read.ts). Its
 * polyfills stay on that thread too.
 */

export type PdfRequest =
  | {
      id: number;
      kind: 'bytes';
      docId: string;
      bytes: Uint8Array;
      source: string;
      options?: PdfOptions;
    }
  | {
      id: number;
      kind: 'file';
      docId: string;
      path: string;
      source: string;
      max: number;
      options?: PdfOptions;
    };

export type PdfReply =
  | { id: number; ok: true; doc: Document }
  /** `input`: the PDF is refused (the message names it); `io`: the file could not be read; `bug`: anything else. */
  | { id: number; ok: false; kind: 'input' | 'io' | 'bug'; message: string; code?: string };

export interface PdfThread {
  fromBytes(id: string, bytes: Uint8Array, source: string, options?: PdfOptions): Promise<Document>;
  /** Reads the file on the thread too: nothing of it waits for this thread. */
  fromFile(id: string, path: string, max: number, options?: PdfOptions): Promise<Document>;
}

/** The built worker beside this file; none when running from the TypeScript sources. */
function workerUrl(): URL | undefined {
  const here = new URL('./pdf-worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here : undefined;
}

let thread: PdfThread | null | undefined;

/** The PDF thread, started at the first PDF; null when there is no built worker (PDFs are read in this thread then). */
export function pdfThread(): PdfThread | null {
  if (thread !== undefined) return thread;
  const url = workerUrl();
  thread = url ? startThread(url) : null;
  return thread;
}

function startThread(url: URL): PdfThread {
  const pending = new Map<number, { resolve: (d: Document) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const worker = new Worker(url);
  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    if (!pending.size) worker.unref();
    return p;
  };
  worker.on('message', (r: PdfReply) => {
    const p = settle(r.id);
    if (!p) return;
    if (r.ok) p.resolve(r.doc);
    else if (r.kind === 'input') p.reject(new InvalidInputError(r.message));
    else if (r.kind === 'io') p.reject(Object.assign(new Error(r.message), { code: r.code }));
    else p.reject(new Error(`reading a PDF failed in its thread: ${r.message}`));
  });
  const fail = (err: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(err);
    thread = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the PDF thread stopped (exit ${code})`)));
  // An idle thread does not keep the process alive; one with work does. (After
  // the listeners: adding a 'message' listener refs the thread again.)
  worker.unref();
  const ask = (req: PdfRequest, transfer?: ArrayBuffer[]) =>
    new Promise<Document>((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      worker.ref();
      worker.postMessage(req, transfer);
    });
  return {
    fromBytes(docId, bytes, source, options) {
      // A copy goes over: the caller keeps its bytes.
      const copy = new Uint8Array(bytes);
      return ask({ id: nextId++, kind: 'bytes', docId, bytes: copy, source, options }, [
        copy.buffer as ArrayBuffer,
      ]);
    },
    fromFile(docId, path, max, options) {
      return ask({ id: nextId++, kind: 'file', docId, path, source: path, max, options });
    },
  };
}
