import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidInputError, UsageError } from '../errors.js';
import { decodeTextFile } from '../ingest/decode.js';
import { detectFormat, DEFAULTS as READ_DEFAULTS, readBytes } from '../ingest/read.js';
import { SNIFF_BYTES } from '../ingest/sniff.js';

/** A file's bytes; one InvalidInputError naming it when it cannot be read. */
async function fileBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (cause) {
    throw new InvalidInputError(`cannot read ${file}: ${(cause as Error).message}`, {
      source: file,
      cause,
    });
  }
}

/**
 * The text a command reads: `--text` as given, else a file, else standard
 * input (no file, or `-`). A file that cannot be read or is not UTF-8 text is
 * one InvalidInputError that names it.
 */
export async function readTextInput(
  file: string | undefined,
  text: string | undefined,
): Promise<string> {
  if (file && text !== undefined) throw new UsageError('give a file or --text, not both');
  if (text !== undefined) return text;
  if (!file || file === '-') {
    const parts: Buffer[] = [];
    for await (const chunk of process.stdin) parts.push(chunk as Buffer);
    return decodeTextFile(Buffer.concat(parts), 'standard input');
  }
  const bytes = await fileBytes(file);
  return decodeTextFile(bytes, file);
}

/** A text to read with where it came from: a file's documents carry their id and pages. */
export interface InputText {
  id?: string;
  text: string;
  /** Page start offsets of a paged document (PDF); see ingest/pages.ts. */
  pages?: number[];
}

/**
 * Like readTextInput, but a file in a document format (PDF, DOCX, HTML, a
 * feed, e-mail...) goes through its reader: one text per document it holds,
 * with the pages of a PDF. A file the reader refuses is one InvalidInputError
 * that names it and says why.
 */
export async function readInputTexts(
  file: string | undefined,
  text: string | undefined,
  options?: { maxDocBytes?: number },
): Promise<InputText[]> {
  if (!file || file === '-' || text !== undefined)
    return [{ text: await readTextInput(file, text) }];
  const max = options?.maxDocBytes ?? READ_DEFAULTS.maxDocBytes;
  const bytes = await fileBytes(file);
  const format = detectFormat(file, bytes.subarray(0, SNIFF_BYTES)) ?? 'txt';
  if (format === 'txt' || format === 'md') return [{ text: decodeTextFile(bytes, file) }];
  const out: InputText[] = [];
  for await (const item of readBytes(format, basename(file), bytes, file, max)) {
    if (item.kind === 'skip') {
      const where = item.skip.source === file ? file : `${file} (${item.skip.source})`;
      throw new InvalidInputError(`${where}: ${item.skip.reason}`, { source: file });
    }
    const { id, text: body, pages } = item.doc;
    out.push(pages ? { id, text: body, pages } : { id, text: body });
  }
  return out;
}
