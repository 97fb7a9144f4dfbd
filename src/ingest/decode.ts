import { InvalidInputError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Control characters other than tab, newline and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** True when the bytes look like a binary file (NUL bytes near the start). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes a whole text file strictly: binary content and invalid UTF-8 are
 * input errors that name the file and the byte offset.
 */
export function decodeTextFile(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0)
    throw new InvalidInputError(`${source}: empty file, expected text`, { source });
  if (looksBinary(bytes)) {
    throw new InvalidInputError(`${source}: binary file, expected UTF-8 text`, { source });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    throw new InvalidInputError(`${source}: invalid UTF-8 at byte ${at}, expected UTF-8 text`, {
      source,
      cause,
    });
  }
  text = stripControl(text);
  if (text.trim() === '')
    throw new InvalidInputError(`${source}: empty file, expected text`, { source });
  return text;
}

/** Decodes UTF-8, falling back to windows-1252 (old newswire) when it is not valid. */
export function decodeLenient(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Byte offset of the first invalid UTF-8 sequence (bytes.length when all valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
