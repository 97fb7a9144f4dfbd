import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makePdf } from '../helpers/documents.js';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
});

afterEach(() => vi.restoreAllMocks());

describe('graphwire explain', () => {
  it('prints the sentence, its tree, its names and each relation with its rule and marks', async () => {
    const code = await main([
      'node',
      'graphwire',
      'explain',
      '-t',
      'Lena Ortiz said Marcus Trell did not kill Hector Valdane.',
    ]);
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toContain('# Lena Ortiz said Marcus Trell did not kill Hector Valdane.');
    expect(text).toMatch(/said\s+VERB \S+\s+root/);
    expect(text).toContain('"Hector Valdane"  Person "Hector Valdane"');
    expect(text).toMatch(
      /"Marcus Trell" KILLED "Hector Valdane"\s+rule=verb-subject-object polarity=negated modality=happened confidence=[\d.]+\s+according to "Lena Ortiz"/,
    );
    expect(text).not.toMatch(/"Lena Ortiz" KILLED/);
  });

  it('refuses an empty text with an input error', async () => {
    expect(await main(['node', 'graphwire', 'explain', '-t', '   '])).toBe(1);
  });

  it('reads a PDF through its reader and says the page each sentence is on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graphwire-explain-'));
    const pdf = join(dir, 'briefing.pdf');
    writeFileSync(
      pdf,
      await makePdf([
        { lines: ['The mayor of Lyon spoke on Monday.'] },
        { lines: ['Marcus Trell killed Hector Valdane in Lyon.'] },
      ]),
    );
    expect(await main(['node', 'graphwire', 'explain', pdf])).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/# page 1\n# The mayor of Lyon spoke on Monday\./);
    expect(text).toMatch(/# page 2\n# Marcus Trell killed Hector Valdane in Lyon\./);
    expect(text).toMatch(/"Marcus Trell" KILLED "Hector Valdane"/);
  });

  it('refuses a broken PDF in one line that names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graphwire-explain-'));
    const pdf = join(dir, 'cut.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog');
    expect(await main(['node', 'graphwire', 'explain', pdf])).toBe(1);
    const lines = err.join('').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${pdf}: `);
    expect(lines[0]).toMatch(/PDF/);
  });
});

describe('graphwire explain --db --edge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'graphwire-explain-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const ingest = async (text: string) => {
    const file = join(dir, 'story.txt');
    await writeFile(file, text);
    const db = join(dir, 'db');
    expect(await main(['node', 'graphwire', 'ingest', file, '--db', db, '--no-progress'])).toBe(0);
    out = [];
    err = [];
    return db;
  };
  const edge = 'Organization:harbor front|ATTACKED|Location:port veyra';

  it('prints each stored sentence of the edge with its rule and marks, its tree, and the denials of it', async () => {
    const db = await ingest(
      'The Harbor Front allegedly attacked Port Veyra on Tuesday, according to Radio Kestrel. ' +
        'The Harbor Front did not attack Port Veyra on Friday.',
    );
    expect(await main(['node', 'graphwire', 'explain', '--db', db, '--edge', edge])).toBe(0);
    const text = out.join('');
    expect(text).toContain(`edge ${edge}`);
    expect(text).toContain('"Harbor Front" ATTACKED "Port Veyra"  evidence=1');
    expect(text).toMatch(
      /evidence 1 of 1: story\.txt \[\d+-\d+\]\s+rule=verb-subject-object\s+polarity=asserted\s+modality=alleged\s+according to "Radio Kestrel"/,
    );
    expect(text).toMatch(/attacked\s+VERB \S+\s+root/);
    expect(text).toMatch(/denied: story\.txt \[\d+-\d+\]\s+rule=\S+\s+polarity=negated/);
    expect(text).toContain('# The Harbor Front did not attack Port Veyra on Friday.');
  });

  it('names a missing edge in one line and offers the keys that contain it', async () => {
    const db = await ingest('The Harbor Front attacked Port Veyra on Tuesday.');
    expect(await main(['node', 'graphwire', 'explain', '--db', db, '--edge', 'harbor front'])).toBe(
      1,
    );
    const line = err.join('').trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('no edge "harbor front" in the store');
    expect(line).toContain(JSON.stringify(edge));
  });

  it('refuses --edge without --db, and --db without --edge', async () => {
    expect(await main(['node', 'graphwire', 'explain', '--edge', edge])).toBe(1);
    expect(await main(['node', 'graphwire', 'explain', '--db', join(dir, 'db')])).toBe(1);
    expect(err.join('')).toContain('explain --db and --edge go together');
  });
});
