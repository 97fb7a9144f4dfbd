import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from './read.js';

async function countIn(path: string, needle: number[]): Promise<number> {
  let n = 0;
  let state = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (const b of chunk as Buffer) {
      state = b === needle[state] ? state + 1 : b === needle[0] ? 1 : 0;
      if (state === needle.length) {
        n++;
        state = 0;
      }
    }
  }
  return n;
}

const REUTERS = [...Buffer.from('<REUTERS ')];
const NEWLINE = [10];

/**
 * A quick estimate of how many documents the paths hold, for the progress
 * bar's total: one per text or HTML file, lines of JSONL, records of SGML.
 */
export async function countDocuments(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  const visit = async (p: string): Promise<void> => {
    const info = await stat(p).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const e of await readdir(p))
        if (!e.startsWith('.') && e !== 'node_modules') await visit(join(p, e));
      return;
    }
    const f = formatOf(p);
    if (f === 'sgml') total += await countIn(p, REUTERS);
    else if (f === 'jsonl') total += await countIn(p, NEWLINE);
    else if (f) total += 1;
  };
  for (const p of paths) {
    if (p === '-') return undefined;
    await visit(p);
  }
  return total;
}
