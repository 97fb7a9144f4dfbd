import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type ReadItem, readDocuments, shardOf } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';

async function collect(paths: string[], opts?: Parameters<typeof readDocuments>[1]) {
  const items: ReadItem[] = [];
  for await (const it of readDocuments(paths, opts)) items.push(it);
  return {
    docs: items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : [])),
    skips: items.flatMap((i) => (i.kind === 'skip' ? [i.skip] : [])),
  };
}

describe('text and markdown', () => {
  it('uses the path relative to the directory as id and a leading date line as date', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'date 2021-03-04\nThe mayor of Lyon spoke on Monday.\n');
    writeFileSync(join(dir, 'b.md'), '# Heading\n\nA second article.\n');
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(['a.txt', 'b.md']);
    const a = docs[0];
    expect(a?.date).toBe('2021-03-04');
    // Offsets still index the file as written: the date line is blanked, not cut.
    expect(a?.text.indexOf('The mayor')).toBe('date 2021-03-04\n'.length);
    expect(a?.text).not.toContain('2021-03-04');
  });

  it('gives the same hash to the same content and a different one when it changes', async () => {
    const dir = tempDir();
    const f = join(dir, 'x.txt');
    writeFileSync(f, 'One sentence.');
    const first = (await collect([f])).docs[0]?.hash;
    const again = (await collect([f])).docs[0]?.hash;
    writeFileSync(f, 'One sentence, changed.');
    const changed = (await collect([f])).docs[0]?.hash;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
  });
});

describe('html', () => {
  it('keeps the article text and drops scripts, styles and navigation', async () => {
    const dir = tempDir();
    const para = 'The council of Porto approved the new tram line after a long debate. '.repeat(4);
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><title>Tram</title><style>.x{color:red}</style><script>var secret = 1;</script>
       <meta property="article:published_time" content="2018-05-06T10:00:00Z"></head>
       <body><nav>Home | Sports | Weather</nav><article><h1>Tram line approved</h1><p>${para}</p>
       <p>Work starts in spring.</p></article><footer>Contact us</footer></body></html>`,
    );
    const { docs } = await collect([dir]);
    const d = docs[0];
    expect(d?.text).toContain('approved the new tram line');
    expect(d?.text).toContain('Work starts in spring.');
    expect(d?.text).not.toContain('secret');
    expect(d?.text).not.toContain('color:red');
    expect(d?.text).not.toContain('Sports | Weather');
    expect(d?.date).toBe('2018-05-06');
  });
});

describe('jsonl', () => {
  it('keeps ids verbatim and reports bad lines with their line numbers', async () => {
    const dir = tempDir();
    const f = join(dir, 'feed.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({ id: 'A/1 x', text: 'First story.', title: 'T', url: 'https://e.org/1' }),
        '{not json',
        JSON.stringify({ id: 'no-text' }),
        JSON.stringify({ id: 'bad-type', text: 42 }),
        JSON.stringify({ id: 'C', text: 'Third story.', date: '2020-01-02' }),
      ].join('\n'),
    );
    const { docs, skips } = await collect([f]);
    expect(docs.map((d) => d.id)).toEqual(['A/1 x', 'C']);
    expect(docs[0]?.url).toBe('https://e.org/1');
    expect(skips.map((s) => s.line)).toEqual([2, 3, 4]);
    expect(skips[1]?.reason).toMatch(/text/);
  });

  it('reads JSONL from standard input with --format jsonl', async () => {
    const stdin = Readable.from([`${JSON.stringify({ id: 's1', text: 'From a pipe.' })}\n`]);
    const { docs } = await collect(['-'], { format: 'jsonl', stdin });
    expect(docs.map((d) => [d.id, d.text])).toEqual([['s1', 'From a pipe.']]);
  });
});

describe('reuters sgml', () => {
  it('yields one document per record with decoded entities and no control characters', async () => {
    const dir = tempDir();
    const rec = (id: number, body: string) =>
      `<REUTERS TOPICS="NO" NEWID="${id}">\n<DATE> 3-MAR-1987 09:15:00.00</DATE>\n<TEXT>&#2;\n<TITLE>GRAIN &amp; OILSEEDS</TITLE>\n<DATELINE>    CHICAGO, March 3 - </DATELINE><BODY>${body}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n`;
    writeFileSync(
      join(dir, 'x.sgm'),
      `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n${rec(7, 'Prices rose &lt;5 pct&gt; today.')}${rec(8, 'Second.')}<REUTERS NEWID="9"><TEXT>cut off`,
    );
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['reuters-7', 'reuters-8']);
    const d = docs[0];
    expect(d?.title).toBe('GRAIN & OILSEEDS');
    expect(d?.date).toBe('1987-03-03');
    expect(d?.text).toContain('CHICAGO, March 3 - Prices rose <5 pct> today.');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting they are gone
    expect(d?.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(d?.text).not.toMatch(/Reuter$/);
    expect(skips).toHaveLength(1);
    expect(skips[0]?.reason).toMatch(/truncated/);
  });
  it('leaves unknown entity references as written, even ones named like object properties', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'x.sgm'),
      '<REUTERS NEWID="1"><TEXT><TITLE>T</TITLE><BODY>A &constructor; B &__proto__; C &nbsp; D &amp; E</BODY></TEXT></REUTERS>\n',
    );
    const { docs } = await collect([dir]);
    expect(docs[0]?.text).toContain('A &constructor; B &__proto__; C &nbsp; D & E');
  });
});

describe('sharding', () => {
  it('splits ids into disjoint shards that together cover everything', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `doc-${i}`);
    const shards = [0, 1, 2].map((s) => ids.filter((id) => shardOf(id, 3) === s));
    expect(shards.flat().sort()).toEqual([...ids].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(100);
  });
});
