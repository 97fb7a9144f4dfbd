import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ReadItem, readDocuments } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import {
  makeDocx,
  makeEmail,
  makeMbox,
  makePdf,
  makeWarc,
  warcRecord,
} from '../helpers/documents.js';

const SEED = 20261205;

async function readAll(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const it of readDocuments([path])) items.push(it);
  return items;
}

/** What every reader promises on any input: documents with text, or one-line skips. */
function wellFormed(items: ReadItem[]): void {
  for (const it of items) {
    if (it.kind === 'skip') {
      expect(it.skip.reason).not.toMatch(/\n/);
      expect(it.skip.reason.length).toBeGreaterThan(0);
    } else {
      expect(it.doc.text.trim().length).toBeGreaterThan(0);
      expect(it.doc.id.length).toBeGreaterThan(0);
      expect(it.doc.hash).toMatch(/^[0-9a-f]{64}$/);
      for (const p of it.doc.pages ?? []) expect(p).toBeLessThanOrEqual(it.doc.text.length);
    }
  }
}

/** Random damage to a valid file: flipped bytes, a cut, a spliced run of random bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    v: fc.nat(255),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

type Mutation =
  | { kind: 'flip'; at: number[]; v: number }
  | { kind: 'cut'; at: number }
  | { kind: 'splice'; at: number; bytes: Uint8Array };

function mutate(valid: Uint8Array, m: Mutation): Uint8Array {
  const b = Buffer.from(valid);
  if (m.kind === 'flip') {
    for (const a of m.at) b[a % b.length] = m.v;
    return b;
  }
  if (m.kind === 'cut') return b.subarray(0, m.at % b.length);
  const at = m.at % b.length;
  return Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
}

describe('the new readers on random and damaged input', () => {
  const dir = tempDir();
  const valid: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    valid.pdf = await makePdf(
      [1, 2].map((n) => ({
        header: 'Running head',
        lines: [`Page ${n}: the council of Ghent met the hyph-`, 'enated mayor.', '', 'More.'],
      })),
      { title: 'Fuzz', created: new Date('2020-01-01T00:00:00Z') },
    );
    valid.docx = makeDocx(['# Heading', 'A paragraph about Ghent.'], { title: 'T' });
    valid.rss = Buffer.from(
      '<?xml version="1.0"?><rss version="2.0"><channel><item><guid>g1</guid><title>A</title><description>&lt;p&gt;Text from Ghent.&lt;/p&gt;</description><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item><item><link>https://e.org/2</link><description><![CDATA[<b>Second</b> item.]]></description></item></channel></rss>',
    );
    valid.atom = Buffer.from(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a1</id><title>T</title><content type="html">&lt;p&gt;Atom text.&lt;/p&gt;</content></entry></feed>',
    );
    valid.json = Buffer.from(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'j1', content_html: '<p>Json text.</p>' }],
      }),
    );
    const mail = makeEmail({
      from: 'A <a@example.org>',
      subject: 'S',
      date: 'Mon, 1 Jan 2024 00:00:00 +0000',
      text: 'Mail text from Ghent.',
      attachments: [{ name: 'n.docx', type: 'application/octet-stream', data: valid.docx }],
    });
    valid.eml = Buffer.from(mail);
    valid.mbox = Buffer.from(makeMbox([mail, mail.replace('Mail text', 'Other text')]));
    valid.warc = makeWarc([
      warcRecord({
        uri: 'https://e.org/1',
        date: '2024-01-01T00:00:00Z',
        body: '<html><body><p>Warc text from Ghent.</p></body></html>',
      }),
      warcRecord({
        uri: 'https://e.org/2',
        date: '2024-01-02T00:00:00Z',
        body: '<html><body><p>Two.</p></body></html>',
      }),
    ]);
    valid['warc.gz'] = makeWarc(
      [
        warcRecord({
          uri: 'https://e.org/3',
          date: '2024-01-03',
          body: '<html><body><p>Three.</p></body></html>',
        }),
      ],
      true,
    );
    // Each valid file reads without a skip: the mutations start from good input.
    for (const [ext, bytes] of Object.entries(valid)) {
      const f = join(dir, `valid.${ext}`);
      writeFileSync(f, bytes);
      const items = await readAll(f);
      expect(items.filter((i) => i.kind === 'skip')).toEqual([]);
      expect(items.length).toBeGreaterThan(0);
    }
  });

  it('turn random bytes under every new extension into documents or one-line skips', async () => {
    const exts = ['pdf', 'docx', 'rss', 'atom', 'xml', 'json', 'eml', 'mbox', 'warc', 'warc.gz'];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom(...exts),
        async (bytes, ext) => {
          const f = join(dir, `random.${ext}`);
          writeFileSync(f, bytes);
          wellFormed(await readAll(f));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('turn random damage to valid files into documents or one-line skips', async () => {
    const kinds = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), mutation, async (ext, m) => {
        const f = join(dir, `mutated.${ext}`);
        writeFileSync(f, mutate(valid[ext] as Uint8Array, m));
        wellFormed(await readAll(f));
      }),
      { seed: SEED, numRuns: 250 },
    );
  });
});
