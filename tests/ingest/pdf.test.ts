import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { pageAt } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import {
  makeEncryptedPdf,
  makePdf,
  makeScannedPdf,
  makeTwoColumnPdf,
} from '../helpers/documents.js';
import { collect } from './collect.js';

describe('pdf', () => {
  it('reads paragraphs in order, repairs end-of-line hyphens, drops running headers and footers', async () => {
    const dir = tempDir();
    const pages = [1, 2, 3].map((n) => ({
      header: 'Harbour Gazette - weekly edition',
      footer: `Page ${n} of 3`,
      lines: [
        `Story ${n}: the mayor of Porto met the har-`,
        'bour master on Monday.',
        '',
        `A second paragraph on page ${n} names Lisbon.`,
      ],
    }));
    writeFileSync(
      join(dir, 'gazette.pdf'),
      await makePdf(pages, { title: 'Harbour Gazette', created: new Date('2024-03-05T10:00:00Z') }),
    );
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    const d = docs[0];
    expect(d?.id).toBe('gazette.pdf');
    expect(d?.title).toBe('Harbour Gazette');
    expect(d?.date).toBe('2024-03-05');
    expect(d?.text).toContain('Story 1: the mayor of Porto met the harbour master on Monday.');
    expect(d?.text).toContain('\n\nA second paragraph on page 1 names Lisbon.');
    expect(d?.text).not.toContain('Harbour Gazette - weekly');
    expect(d?.text).not.toMatch(/Page \d of 3/);
    // Pages in order, and the page of any offset is known.
    const text = d?.text ?? '';
    const at = [1, 2, 3].map((n) => text.indexOf(`Story ${n}:`));
    expect(at[0]).toBeLessThan(at[1] as number);
    expect(at[1]).toBeLessThan(at[2] as number);
    expect(d?.pages).toEqual(at);
    expect(pageAt(d?.pages ?? [], text.indexOf('page 3 names Lisbon'))).toBe(3);
    expect(pageAt(d?.pages ?? [], 0)).toBe(1);
  });

  it('gives each evidence sentence of a PDF the page it is on', async () => {
    const dir = tempDir();
    const f = join(dir, 'war.pdf');
    writeFileSync(
      f,
      await makePdf([
        { lines: ['The mayor of Lyon spoke on Monday.'] },
        { lines: ['Russian forces attacked Kharkiv on Tuesday.'] },
      ]),
    );
    const doc = (await collect([f])).docs[0];
    if (!doc) throw new Error('no document');
    const rel = extract(doc).relations.find((r) => r.type === 'ATTACKED');
    expect(rel?.evidence.text).toBe('Russian forces attacked Kharkiv on Tuesday.');
    expect(doc.text.slice(rel?.evidence.start, rel?.evidence.end)).toBe(rel?.evidence.text);
    expect(rel?.evidence.page).toBe(2);
  });

  it('keeps a header that appears on only one page, and a hyphen before a capital', async () => {
    const dir = tempDir();
    const f = join(dir, 'one.pdf');
    writeFileSync(
      f,
      await makePdf([{ header: 'Memo', lines: ['The Franco-', 'German talks in Brussels.'] }]),
    );
    const { docs } = await collect([f]);
    expect(docs[0]?.text).toBe('Memo\n\nThe Franco- German talks in Brussels.');
    expect(docs[0]?.title).toBeUndefined();
  });

  it('reports a scanned PDF, an encrypted PDF and a truncated PDF on one line each, and goes on', async () => {
    const dir = tempDir();
    const good = await makePdf([{ lines: ['Rain fell on Bergen all week.'] }]);
    writeFileSync(join(dir, 'a-scan.pdf'), await makeScannedPdf());
    writeFileSync(join(dir, 'b-locked.pdf'), makeEncryptedPdf());
    writeFileSync(join(dir, 'c-cut.pdf'), good.subarray(0, 60));
    writeFileSync(join(dir, 'd-good.pdf'), good);
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['d-good.pdf']);
    expect(skips.map((s) => s.source.split('/').pop())).toEqual([
      'a-scan.pdf',
      'b-locked.pdf',
      'c-cut.pdf',
    ]);
    expect(skips[0]?.reason).toMatch(/no text layer.*scanned/);
    expect(skips[1]?.reason).toMatch(/encrypted PDF/);
    expect(skips[2]?.reason).toMatch(/PDF/);
    for (const s of skips) expect(s.reason).not.toMatch(/\n/);
  });

  it('recognises a PDF by its bytes under a wrong or missing extension', async () => {
    const dir = tempDir();
    const bytes = await makePdf([{ lines: ['Fog closed the port of Hamburg.'] }]);
    writeFileSync(join(dir, 'saved.txt'), bytes);
    writeFileSync(join(dir, 'download'), bytes);
    const { docs, skips } = await collect([join(dir, 'saved.txt'), join(dir, 'download')]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => d.text)).toEqual([
      'Fog closed the port of Hamburg.',
      'Fog closed the port of Hamburg.',
    ]);
  });

  describe('two columns', () => {
    const title = 'Storm closes the Baltic ports';
    const left = [
      'Gale winds closed the port of Gdansk',
      'on Monday, and ferries to Karlskrona',
      'stayed in harbour for a second day.',
      '',
      'The coast guard said three fishing',
      'boats were towed back to Hel and',
    ];
    const right = [
      'reached the quay before midnight.',
      '',
      'In Riga the city council opened two',
      'schools as shelters for families from',
      'the flooded districts near the river.',
    ];
    const expected =
      `${title}\n\n` +
      'Gale winds closed the port of Gdansk on Monday, and ferries to Karlskrona stayed in harbour for a second day.\n\n' +
      'The coast guard said three fishing boats were towed back to Hel and reached the quay before midnight.\n\n' +
      'In Riga the city council opened two schools as shelters for families from the flooded districts near the river.';

    for (const order of ['rows', 'columns'] as const) {
      it(`reads the left column whole, then the right, when the page draws them by ${order}`, async () => {
        const f = join(tempDir(), `storm-${order}.pdf`);
        writeFileSync(f, await makeTwoColumnPdf(title, left, right, order));
        const { docs, skips } = await collect([f]);
        expect(skips).toEqual([]);
        // The paragraph that runs on from the foot of the left column stays one.
        expect(docs[0]?.text).toBe(expected);
      });
    }

    it('finds a relation stated in one column, with evidence that is its sentence', async () => {
      const f = join(tempDir(), 'raid.pdf');
      writeFileSync(
        f,
        await makeTwoColumnPdf(
          'Night raid',
          ['Police in Oslo said the market', 'reopened at noon on Friday.'],
          ['Marcus Trell killed Hector', 'Valdane in Bergen on Sunday.'],
        ),
      );
      const doc = (await collect([f])).docs[0];
      if (!doc) throw new Error('no document');
      const rel = extract(doc).relations.find((r) => r.type === 'KILLED');
      expect(rel?.evidence.text).toBe('Marcus Trell killed Hector Valdane in Bergen on Sunday.');
    });
  });
});
