import { readFile } from 'node:fs/promises';
import { InvalidInputError, UsageError } from '../errors.js';
import { decodeTextFile } from '../ingest/decode.js';

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
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new InvalidInputError(`cannot read ${file}: ${(cause as Error).message}`, {
      source: file,
      cause,
    });
  }
  return decodeTextFile(bytes, file);
}
