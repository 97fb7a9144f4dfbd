import { open } from 'node:fs/promises';

/** A whole file's bytes, or why it is refused: over `max` bytes (`--max-doc-mb`). */
export async function readWhole(path: string, max: number): Promise<Buffer | string> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size > max) {
      return `document is ${(size / 1048576).toFixed(1)} MB, over the limit of ${(max / 1048576).toFixed(0)} MB (--max-doc-mb)`;
    }
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}
