import { mkdtempSync, writeFileSync } from 'node:fs';
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
