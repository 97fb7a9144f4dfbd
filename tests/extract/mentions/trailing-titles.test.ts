import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { trailingTitleStart } from '../../../src/extract/mentions/trailing-titles.js';
import { tokenize } from '../../../src/extract/tokenize.js';
import { run } from '../helpers.js';

/** Where the title that ends the words of `run` starts, as the words before it. */
function cut(words: string): string {
  const lex = loadLexicon();
  const tokens = tokenize(words);
  const t = trailingTitleStart(
    tokens,
    0,
    tokens.length,
    lex.set('titles'),
    lex.set('titleHeads'),
    lex.set('orgHeads'),
  );
  return tokens
    .slice(0, t)
    .map((x) => x.text)
    .join(' ');
}

describe('a run of capitals that ends in a title of two words or more', () => {
  it('is a firm or body and the role someone holds there', () => {
    const r = run('Anna Kord, Volpex Vice President, said sales rose.');
    expect(r.entities).toContain('Person:Anna Kord');
    expect(r.entities).toContain('Organization:Volpex');
    expect(r.entities.some((e) => e.includes('Vice President'))).toBe(false);
    const foods = run('The plan is fair, said James Perry, Tarvel Foods Chief Executive.');
    expect(foods.entities).toContain('Organization:Tarvel Foods');
    expect(foods.entities).not.toContain('Person:Executive');
  });

  it('keeps a person who signs with a title a person, and a title alone no name', () => {
    const r = run('Thanks for your help.\n\nSincerely, Traci Warner Vice President');
    expect(r.entities).toContain('Person:Traci Warner');
    expect(r.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
    expect(run('He met the Deputy Prime Minister on Monday.').entities).toEqual([]);
  });

  it('does not cut a body whose head is also a title word, nor a name after one title word', () => {
    expect(cut('Volpex Executive Director')).toBe('Volpex');
    expect(cut('White House Chief')).toBe('White House Chief');
    expect(cut('Burger King')).toBe('Burger King');
    expect(cut('Deputy Prime Minister')).toBe('Deputy Prime Minister');
  });
});
