import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from './read.js';

async function countIn(path: string, needle: Buffer): Promise<number> {
  let n = 0;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let at = buf.indexOf(needle);
    let last = -1;
    while (at >= 0) {
      n++;
      last = at;
      at = buf.indexOf(needle, at + needle.length);
    }
    // Keep a tail so a needle split across chunks is still seen, but never count one twice.
    const keepFrom = Math.max(buf.length - needle.length + 1, last + needle.length, 0);
    carry = buf.subarray(keepFrom);
  }
  return n;
}

const REUTERS = Buffer.from('<REUTERS ');
const NEWLINE = Buffer.from('\n');

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
