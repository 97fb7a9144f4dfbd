import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import { makePdf } from '../helpers/documents.js';
import { collect } from './collect.js';

// Node's own, before anything here loads PDF.js.
const natives = [JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString];

/** What a reader yields, comparable across threads: ids and texts, sources and reasons. */
function outline(items: ReadItem[]) {
  return items.map((i) =>
    i.kind === 'doc'
      ? { id: i.doc.id, text: i.doc.text, pages: i.doc.pages, hash: i.doc.hash }
      : { skip: i.skip.source.split('/').pop(), reason: i.skip.reason },
  );
}

/**
 * The built reader (what `graphwire ingest` runs) parses a folder's PDFs on a
 * thread of its own, ahead of the file being read: the documents, their order
 * and the one-line skips are those of reading them one by one here.
 */
describe('PDFs read on their own thread', () => {
  it('gives the same documents and skips, in file order, as reading them in this thread', async () => {
    const dir = tempDir();
    for (let i = 0; i < 24; i++) {
      const name = String(i).padStart(2, '0');
      if (i === 7)
        writeFileSync(join(dir, `${name}-cut.pdf`), Buffer.from('%PDF-1.7\n1 0 obj\n<<'));
      else if (i % 3 === 0)
        writeFileSync(join(dir, `${name}.txt`), `Rain fell on Bergen on day ${i}.\n`);
      else
        writeFileSync(
          join(dir, `${name}.pdf`),
          await makePdf([
            { lines: [`Ferries left Tromso on day ${i}.`] },
            { lines: [`The harbour of Bodo reopened on day ${i}.`] },
          ]),
        );
    }
    // The built files, by URL: the sources in src run PDF.js in this thread.
    const dist = new URL('../../dist/ingest/', import.meta.url);
    const built: typeof import('../../src/ingest/index.js') = await import(
      new URL('index.js', dist).href
    );
    const { pdfThread }: typeof import('../../src/ingest/pdf-thread.js') = await import(
      new URL('pdf-thread.js', dist).href
    );
    expect(pdfThread(), 'the build has a PDF thread').not.toBeNull();
    const threaded: ReadItem[] = [];
    for await (const it of built.readDocuments([dir])) threaded.push(it);
    const { docs, skips } = await collect([dir]);
    const here = outline([...docs.map((doc) => ({ kind: 'doc', doc }) as const)]);
    const there = outline(threaded);
    expect(there.filter((x) => 'id' in x)).toEqual(here);
    expect(there.map((x) => ('id' in x ? x.id : x.skip))).toEqual([
      ...Array.from({ length: 7 }, (_, i) => `0${i}.${i % 3 === 0 ? 'txt' : 'pdf'}`),
      '07-cut.pdf',
      ...Array.from({ length: 16 }, (_, k) => {
        const i = k + 8;
        return `${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'txt' : 'pdf'}`;
      }),
    ]);
    expect(there.find((x) => 'skip' in x)?.reason).toMatch(/^not a readable PDF/);
    expect(skips.map((s) => s.reason)).toEqual([expect.stringMatching(/^not a readable PDF/)]);
  });

  it('leaves the built-ins that PDF.js polyfills would replace as Node has them, in this thread too', async () => {
    const f = join(tempDir(), 'one.pdf');
    writeFileSync(f, await makePdf([{ lines: ['Snow closed the pass above Narvik.'] }]));
    expect((await collect([f])).docs).toHaveLength(1);
    const now = [JSON.stringify, JSON.parse, Array.prototype.push, Function.prototype.toString];
    expect(now).toEqual(natives);
  });
});
