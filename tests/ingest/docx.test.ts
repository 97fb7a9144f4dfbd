import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { docxDocument } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import { makeDocx, makeZipBomb } from '../helpers/documents.js';
import { collect } from './collect.js';

describe('docx', () => {
  it('reads headings and paragraphs as blocks, title and date from the document properties', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'brief.docx'),
      makeDocx(
        [
          '# Flooding in Valencia',
          'The regional government of Valencia declared an emergency on Tuesday.',
          'Rescue teams from Madrid arrived <on> Wednesday & stayed.',
        ],
        { title: 'Valencia brief', created: '2024-10-30T08:00:00Z' },
      ),
    );
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    const d = docs[0];
    expect(d?.id).toBe('brief.docx');
    expect(d?.title).toBe('Valencia brief');
    expect(d?.date).toBe('2024-10-30');
    expect(d?.text).toBe(
      'Flooding in Valencia\n\nThe regional government of Valencia declared an emergency on Tuesday.\n\nRescue teams from Madrid arrived <on> Wednesday & stayed.',
    );
    const at = d?.text.indexOf('Madrid') ?? -1;
    expect(d?.text.slice(at, at + 6)).toBe('Madrid');
  });

  it('refuses an archive that unpacks past the limit as a zip bomb, without unpacking it all', async () => {
    // 8 MB of zeros pack to a few KB; the limit is lowered so the test stays quick.
    const bomb = makeZipBomb(8 << 20);
    expect(bomb.length).toBeLessThan(64 << 10);
    const err = await docxDocument('bomb.docx', bomb, 'bomb.docx', {
      maxUnzippedBytes: 1 << 20,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).code).toBe('INVALID_INPUT');
    expect((err as Error).message).toBe('bomb.docx: unpacks to over 1 MB, refused as a zip bomb');
  });

  it('reports a zip that is not a DOCX and a broken archive on one line each, and goes on', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'b-other.docx'),
      zipSync({ 'notes.txt': new TextEncoder().encode('hi') }),
    );
    writeFileSync(join(dir, 'c-cut.docx'), makeDocx(['Some text.']).subarray(0, 200));
    writeFileSync(join(dir, 'd-good.docx'), makeDocx(['The port of Gdansk reopened.']));
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['d-good.docx']);
    expect(skips.map((s) => s.source.split('/').pop())).toEqual(['b-other.docx', 'c-cut.docx']);
    expect(skips[0]?.reason).toBe('a zip archive without word/document.xml, expected a DOCX');
    expect(skips[1]?.reason).toMatch(/^not a readable DOCX/);
  });
});
