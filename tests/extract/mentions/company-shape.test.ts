import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { companyShape } from '../../../src/extract/mentions/company-shape.js';
import { run } from '../helpers.js';

describe('the shape of a one-word company name', () => {
  const lex = loadLexicon();
  it('sees capitals inside a word and coined endings', () => {
    for (const w of ['FlyAir', 'GreenLawn', 'Orbicorp', 'Handelsbank', 'Telecom', 'Ventadata'])
      expect(companyShape(w, lex), w).toBe(true);
  });

  it('does not take surnames for companies', () => {
    for (const w of ['McDonald', 'MacArthur', 'LeBlanc', 'DeLuca', 'Smith', 'Baker'])
      expect(companyShape(w, lex), w).toBe(false);
  });

  it('types a company as subject of "said" as an organisation', () => {
    const r = run('Orbicorp said on Monday that its profit rose 12 pct.');
    expect(r.entities).toContain('Organization:Orbicorp');
  });

  it('types a name before a stock ticker as an organisation', () => {
    const r = run('Harlan Courier <HCC> said it would sell two units.');
    expect(r.entities).toContain('Organization:Harlan Courier');
  });
});
