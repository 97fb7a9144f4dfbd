import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { contentHash, type ReadItem, readDocuments } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';

const SEED = 20261125;

/** Text that looks a little like news: capitalised words, punctuation, quotes, odd Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'The',
        'President',
        'Gen.',
        'U.S.',
        'of',
        'said',
        'killed',
        'warned',
        'in',
        'and',
        ',',
        '.',
        '"',
        "'s",
        '(AP)',
        '-',
        'N.C.',
        'Fla.',
        '\n\n',
      ),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[A-Z][a-z]{2,9}$/),
    ),
    { maxLength: 80 },
  )
  .map((words) => words.join(' '));

describe('the extractor on random text', () => {
  it('never throws, and every mention and evidence span points at its text', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const doc = { id: 'fuzz', text, hash: contentHash({ text }) };
        const ext = extract(doc);
        for (const e of ext.entities) {
          expect(e.name.trim()).not.toBe('');
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const r of ext.relations) {
          expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
          expect(ext.entities.some((e) => e.id === r.source)).toBe(true);
          expect(ext.entities.some((e) => e.id === r.target)).toBe(true);
        }
        buildGraph([ext]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('the readers on random bytes', () => {
  it('turn any file into documents or one-line skips, never an exception', async () => {
    const dir = tempDir();
    const exts = ['txt', 'md', 'html', 'jsonl', 'sgm'];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom(...exts),
        async (bytes, ext) => {
          const f = join(dir, `random.${ext}`);
          writeFileSync(f, bytes);
          const items: ReadItem[] = [];
          for await (const it of readDocuments([f])) items.push(it);
          for (const it of items) {
            if (it.kind === 'skip') expect(it.skip.reason).not.toMatch(/\n/);
            else expect(it.doc.text.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('survive deeply nested and unclosed HTML', async () => {
    const dir = tempDir();
    const f = join(dir, 'nested.html');
    writeFileSync(
      f,
      `<html><body>${'<div><span>'.repeat(5000)}Deep text in Oslo.${'</p>'.repeat(10)}`,
    );
    const items: ReadItem[] = [];
    for await (const it of readDocuments([f])) items.push(it);
    expect(items).toHaveLength(1);
  });

  it('read SGML with broken tags without losing the good records', async () => {
    const dir = tempDir();
    const f = join(dir, 'broken.sgm');
    const good = (id: number) =>
      `<REUTERS NEWID="${id}"><TEXT><TITLE>T${id}</TITLE><BODY>Body of story ${id} from Oslo.</BODY></TEXT></REUTERS>\n`;
    writeFileSync(
      f,
      `${good(1)}<REUTERS NEWID="2"><TEXT><BODY>no end tags here\n<REUTERS NEWID=><TITLE>x</REUTERS>\n${good(3)}`,
    );
    const docs: string[] = [];
    for await (const it of readDocuments([f])) if (it.kind === 'doc') docs.push(it.doc.id);
    expect(docs).toContain('reuters-1');
    expect(docs).toContain('reuters-3');
  });
});
