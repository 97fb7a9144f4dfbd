import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
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
});
