import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { DocExtraction } from '../../src/extract/types.js';
import { LogStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';

function ext(id: string, hash: string, name = 'Lisbon'): DocExtraction {
  const text = `${name} is a city.`;
  return {
    doc: { id, hash },
    entities: [
      {
        id: 'e0',
        type: 'Location',
        name,
        aliases: [],
        mentions: [{ doc: id, text: name, start: 0, end: name.length }],
      },
    ],
    relations: [],
    words: text.split(' ').length,
  };
}

describe('the embedded store', () => {
  it('keeps the last version of each document across reopen', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    s.commit([ext('a', 'h1'), ext('b', 'h2')]);
    s.commit([ext('a', 'h3', 'Porto')]);
    await s.close();
    const r = await LogStore.open(dir);
    expect(r.hashOf('a')).toBe('h3');
    expect(r.hashOf('b')).toBe('h2');
    expect([...r.extractions()].map((e) => e.entities[0]?.name)).toEqual(['Porto', 'Lisbon']);
    await r.close();
  });

  it('cuts a torn last batch and keeps every committed one', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    s.commit([ext('a', 'h1')]);
    s.commit([ext('b', 'h2')]);
    await s.close();
    const log = join(dir, 'docs.log');
    const whole = statSync(log).size;
    // A crash in the middle of writing the second batch.
    truncateSync(log, whole - 7);
    const r = await LogStore.open(dir, { write: true });
    expect(r.ids()).toEqual(['a']);
    r.commit([ext('c', 'h4')]);
    await r.close();
    const again = await LogStore.open(dir);
    expect(again.ids()).toEqual(['a', 'c']);
    await again.close();
  });

  it('treats a record with a bad checksum as the end of the committed log', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    s.commit([ext('a', 'h1')]);
    await s.close();
    appendFileSync(join(dir, 'docs.log'), '00000000\tput\thx\t"z"\t{}\n');
    const r = await LogStore.open(dir);
    expect(r.ids()).toEqual(['a']);
    await r.close();
  });

  it('refuses a second writer while the first holds the lock, and frees it on close', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    writeFileSync(join(dir, 'lock'), String(process.ppid)); // a live process that is not us
    await expect(LogStore.open(dir, { write: true })).rejects.toBeInstanceOf(StoreError);
    writeFileSync(join(dir, 'lock'), String(process.pid));
    await s.close();
    const t = await LogStore.open(dir, { write: true });
    await t.close();
  });

  it('takes over the lock of a process that died', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    await s.close();
    writeFileSync(join(dir, 'lock'), '999999999');
    const t = await LogStore.open(dir, { write: true });
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
    await t.close();
  });

  it('compacts superseded records without changing what it holds', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    for (let i = 0; i < 5; i++) s.commit([ext('a', `h${i}`, `City${i}`), ext('b', 'hb')]);
    const before = [...s.extractions()];
    const size = s.stats().bytes;
    await s.compact();
    expect(s.stats().bytes).toBeLessThan(size);
    expect([...s.extractions()]).toEqual(before);
    s.commit([ext('c', 'hc')]);
    await s.close();
    const r = await LogStore.open(dir);
    expect(r.ids()).toEqual(['a', 'b', 'c']);
    expect(r.hashOf('a')).toBe('h4');
    await r.close();
  });

  it('names the folder when it is not a store', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'graphwire.json'), '{"format":"something-else","version":1}');
    await expect(LogStore.open(dir)).rejects.toThrow(/not a graphwire store/);
  });
});
