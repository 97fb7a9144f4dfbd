import { InvalidInputError } from '../errors.js';
import { stripControl } from './decode.js';
import { contentHash } from './hash.js';
import {
  DEFAULTS as LAYOUT_DEFAULTS,
  type LayoutOptions,
  type Line,
  pageLines,
  type TextItemLike,
} from './pdf-layout.js';
import { pdfThread } from './pdf-thread.js';
import type { Document } from './types.js';

export interface PdfOptions extends LayoutOptions {
  /** A line that opens or closes more than this share of pages is a running header or footer. */
  repeatShare?: number;
  /** Running headers and footers are looked for only in documents of at least this many pages. */
  repeatMinPages?: number;
  /** A vertical gap over this many line heights starts a new paragraph. */
  paragraphGap?: number;
}

export const DEFAULTS: Required<PdfOptions> = {
  ...LAYOUT_DEFAULTS,
  repeatShare: 0.5,
  repeatMinPages: 2,
  paragraphGap: 1.6,
};

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** PDF.js's parser half (it ships no types for it). */
const PARSER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
let pdfjs: Promise<{ lib: PdfJs; worker: InstanceType<PdfJs['PDFWorker']> }> | undefined;

/**
 * PDF.js, loaded at the first PDF: most runs read none. The legacy build runs
 * in Node, its parser in this thread; one parser serves every document
 * instead of one set up per file.
 *
 * The legacy build installs core-js polyfills as it loads (both halves), and some replace
 * built-ins that Node already has, with slower ones for the whole thread:
 * `JSON.stringify` (about 6x slower, and the store writes every extraction
 * with it) and `Array.prototype.push`. Those are put back; what it adds
 * (`Promise.withResolvers`, `Uint8Array.fromBase64`, ...) it needs and keeps.
 */
function library() {
  pdfjs ??= (async () => {
    const natives = {
      push: Array.prototype.push,
      stringify: JSON.stringify,
      parse: JSON.parse,
      toString: Function.prototype.toString,
    };
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The parser half too (PDF.js would load it at the first document, and
    // its polyfills with it), handed over as the in-thread worker it looks for.
    const parser: unknown = await import(PARSER);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= parser;
    Array.prototype.push = natives.push;
    JSON.stringify = natives.stringify;
    JSON.parse = natives.parse;
    Function.prototype.toString = natives.toString;
    return { lib, worker: new lib.PDFWorker({ verbosity: 0 }) };
  })();
  return pdfjs;
}

/** Page numbers and dates vary from page to page; the rest of a running header does not. */
function shape(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#');
}

/** Drops the first and last lines that repeat (up to digits) on most pages. */
function dropRunning(pages: Line[][], opts: Required<PdfOptions>): Line[][] {
  if (pages.length < opts.repeatMinPages) return pages;
  const count = (pick: (p: Line[]) => Line | undefined) => {
    const n = new Map<string, number>();
    for (const p of pages) {
      const l = pick(p);
      if (l) n.set(shape(l.text), (n.get(shape(l.text)) ?? 0) + 1);
    }
    return n;
  };
  const min = pages.length * opts.repeatShare;
  const heads = count((p) => p[0]);
  const feet = count((p) => p[p.length - 1]);
  return pages.map((p) => {
    let from = 0;
    let to = p.length;
    if (p[0] && (heads.get(shape(p[0].text)) ?? 0) > min) from = 1;
    const last = p[to - 1];
    if (to > from && last && (feet.get(shape(last.text)) ?? 0) > min) to--;
    return p.slice(from, to);
  });
}

/**
 * Lines of one page into paragraphs: words hyphenated at a line end joined
 * again. A wide gap starts a paragraph, and so does a move up the page (the
 * next column), unless the line there goes on with the sentence (a
 * lower-case start after no full stop): a paragraph that runs on from the
 * foot of one column to the head of the next stays one.
 */
function pageText(page: Line[], opts: Required<PdfOptions>): string {
  const paras: string[] = [];
  let para = '';
  for (let i = 0; i < page.length; i++) {
    const l = page[i] as Line;
    const prev = page[i - 1];
    const gap = prev ? prev.y - l.y : 0;
    const runsOn = /^\p{Ll}/u.test(l.text) && !/[.!?:;"”’)]$/u.test(para);
    const newPara =
      !prev || gap > opts.paragraphGap * Math.max(prev.height, l.height) || (gap < 0 && !runsOn);
    if (newPara) {
      if (para) paras.push(para);
      para = l.text;
    } else if (/\p{Ll}-$/u.test(para) && /^\p{Ll}/u.test(l.text)) {
      para = para.slice(0, -1) + l.text;
    } else {
      para += ` ${l.text}`;
    }
  }
  if (para) paras.push(para);
  return paras.join('\n\n');
}

/** `D:20240305100000Z` (the PDF date string) -> `2024-03-05`. */
export function pdfDate(raw: unknown): string | undefined {
  const m = typeof raw === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * A PDF file to one document: the text layer of every page in reading order
 * (see pdf-layout.ts), lines joined into paragraphs with end-of-line hyphens
 * repaired, running headers and footers dropped, title and date from the
 * document information. `pages[i]` is the offset in `text` where page i+1
 * starts. Throws an InvalidInputError naming `source` for an encrypted,
 * broken or scanned PDF.
 *
 * Runs on a thread of its own when the build has one (see pdf-thread.ts),
 * else here.
 */
export function pdfDocument(
  id: string,
  bytes: Uint8Array,
  source: string,
  options?: PdfOptions,
): Promise<Document> {
  return pdfThread()?.fromBytes(id, bytes, source, options) ?? readPdf(id, bytes, source, options);
}

/** pdfDocument in this thread: what the PDF thread runs. */
export async function readPdf(
  id: string,
  bytes: Uint8Array,
  source: string,
  options?: PdfOptions,
): Promise<Document> {
  const opts = { ...DEFAULTS, ...options };
  const { lib, worker } = await library();
  // PDF.js takes ownership of (and detaches) the buffer it is given: it gets a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    worker,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (cause) {
    await task.destroy();
    const name = (cause as Error)?.name;
    if (name === 'PasswordException') {
      throw new InvalidInputError(`${source}: encrypted PDF, needs a password`, { source, cause });
    }
    const why = String((cause as Error)?.message ?? cause).split('\n')[0];
    throw new InvalidInputError(`${source}: not a readable PDF (${why})`, { source, cause });
  }
  try {
    const raw: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let items: TextItemLike[] = [];
      try {
        const page = await pdf.getPage(n);
        items = (await page.getTextContent()).items as TextItemLike[];
        page.cleanup();
      } catch {
        // A broken page costs its own text, not the document's.
      }
      raw.push(pageLines(items, opts));
    }
    const pages = dropRunning(raw, opts).map((p) => pageText(p, opts));
    if (pages.every((p) => p === '')) {
      throw new InvalidInputError(
        `${source}: no text layer in ${pdf.numPages} page(s) (a scanned PDF? run OCR first)`,
        { source },
      );
    }
    const starts: number[] = [];
    let text = '';
    for (const p of pages) {
      if (text && p) text += '\n\n';
      starts.push(text.length);
      text += p;
    }
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<
      string,
      unknown
    >;
    const doc: Document = { id, text, hash: '', source, pages: starts };
    const title = typeof info.Title === 'string' ? stripControl(info.Title).trim() : '';
    if (title) doc.title = title;
    // The creation date; the modification date says when someone last saved it.
    const date = pdfDate(info.CreationDate);
    if (date) doc.date = date;
    doc.hash = contentHash(doc);
    return doc;
  } finally {
    await pdf.destroy();
  }
}
