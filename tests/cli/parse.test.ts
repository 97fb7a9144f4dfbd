import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import { graphwire, tempDir } from '../helpers/cli.js';

describe('graphwire parse', () => {
  it('prints CoNLL-U that reads back: a # text line and ten columns per word, one root each', async () => {
    const r = await graphwire(['parse', '-t', 'Rebels seized the port. The navy did not respond.']);
    expect(r.code).toBe(0);
    const sents = readConllu(r.stdout);
    expect(sents.map((s) => s.text)).toEqual([
      'Rebels seized the port.',
      'The navy did not respond.',
    ]);
    for (const s of sents) {
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      expect(s.words.map((w) => w.deprel)).toContain('nsubj');
    }
    expect(sents[0]?.words.find((w) => w.form === 'port')?.misc).toBe('SpaceAfter=No');
  });

  it('reads a file, or standard input one sentence a line with --lines', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Dr. Ruth Adler arrived in St. Louis on Friday. She met the mayor.\n');
    const fromFile = readConllu((await graphwire(['parse', file])).stdout);
    expect(fromFile).toHaveLength(2);
    const lines = await graphwire(['parse', '--lines', '-'], {
      input: 'first line here\nsecond line. still second\n',
    });
    expect(readConllu(lines.stdout).map((s) => s.text)).toEqual([
      'first line here',
      'second line. still second',
    ]);
  });

  it('draws an indented tree with --tree: dependents under their head', async () => {
    const r = await graphwire(['parse', '--tree', '-t', 'The convoy was attacked by rebels.']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# The convoy was attacked by rebels.');
    const root = lines.find((l) => /^attacked\s/.test(l));
    expect(root).toMatch(/VERB VBN\s+root/);
    expect(lines.find((l) => /^ {2}rebels\s/.test(l))).toMatch(/obl:agent/);
    expect(lines.find((l) => /^ {4}by\s/.test(l))).toMatch(/case/);
  });

  it('names a file it cannot read, on one line', async () => {
    const r = await graphwire(['parse', join(tempDir(), 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.txt/);
  });
});
