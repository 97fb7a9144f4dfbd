import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, serializeExtraction } from '../../src/extract/index.js';
import { extractorStamp, stampOf } from '../../src/extract/stamp.js';
import { contentHash } from '../../src/ingest/hash.js';
import { ingest } from '../../src/pipeline/index.js';
import { LogStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';

const TEXT = 'Marta Quell, the mayor of Dunmore, met Ohad Brenn in Lisbon on Tuesday.';

describe('a store made by another version of the extractor', () => {
  it('extracts a document again when its record came from another extractor, once', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const store = await LogStore.open(join(dir, 'db'), { create: true, write: true });
    try {
      // What an older release would have stored: same text, an empty extraction, another stamp.
      const hash = contentHash({ text: TEXT });
      const old = extract({ id: 'a.txt', text: 'Nothing here.', hash });
      store.commitBatch([{ ...serializeExtraction(old), stamp: 'older-release' }]);
      expect(store.stampOf('a.txt')).toBe('older-release');

      const first = await ingest([file], store);
      expect(first).toMatchObject({ ingested: 1, unchanged: 0 });
      expect(store.stampOf('a.txt')).toBe(extractorStamp());
      const [stored] = [...store.extractions()];
      expect(stored?.entities.map((e) => e.name)).toContain('Marta Quell');

      const second = await ingest([file], store);
      expect(second).toMatchObject({ ingested: 0, unchanged: 1 });
    } finally {
      await store.close();
    }
  });

  it('keeps the stamp of each record through compaction and reopening', async () => {
    const dir = join(tempDir(), 'db');
    const s = await LogStore.open(dir, { create: true, write: true });
    const doc = (id: string) => serializeExtraction(extract({ id, text: TEXT, hash: `h-${id}` }));
    s.commitBatch([{ ...doc('a'), stamp: 'one' }, doc('b')]);
    s.commitBatch([doc('b')]);
    await s.compact();
    await s.close();
    const r = await LogStore.open(dir);
    expect([r.stampOf('a'), r.stampOf('b')]).toEqual(['one', extractorStamp()]);
    expect([r.hashOf('a'), r.hashOf('b')]).toEqual(['h-a', 'h-b']);
    await r.close();
  });
});

describe('the extractor stamp', () => {
  it('changes with any data file the extractor reads, word lists included', () => {
    const dir = tempDir();
    const data = pathToFileURL(`${dir}/`);
    writeFileSync(join(dir, 'lexicon.json'), '{"titles":["mayor"]}');
    writeFileSync(join(dir, 'towns.txt'), 'dunmore\n');
    const before = stampOf('1.0.0', data);
    expect(stampOf('1.0.0', data)).toBe(before);
    writeFileSync(join(dir, 'towns.txt'), 'dunmore\nkeswick\n');
    const after = stampOf('1.0.0', data);
    expect(after).not.toBe(before);
    expect(stampOf('1.0.1', data)).not.toBe(after);
  });

  it('changes with a model file in a subfolder of data/, such as the syntax model', () => {
    const dir = tempDir();
    const data = pathToFileURL(`${dir}/`);
    mkdirSync(join(dir, 'syntax'));
    writeFileSync(join(dir, 'syntax', 'model.bin'), new Uint8Array([1, 2, 3]));
    const before = stampOf('1.0.0', data);
    writeFileSync(join(dir, 'syntax', 'model.bin'), new Uint8Array([1, 2, 4]));
    expect(stampOf('1.0.0', data)).not.toBe(before);
  });
});
