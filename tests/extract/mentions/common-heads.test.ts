import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { make } from '../../../src/extract/mentions/analyse-run.js';
import { commonHead } from '../../../src/extract/mentions/common-heads.js';
import { tokenize } from '../../../src/extract/tokenize.js';
import { run } from '../helpers.js';

describe('a name closed by a common noun', () => {
  it("is a group's name when no given name opens it", () => {
    expect(run('Workers at Delmont Textiles walked out on Friday.').entities).toContain(
      'Organization:Delmont Textiles',
    );
    expect(run('Tom Harwell of Quintara Aviation said sales rose.').entities).toContain(
      'Organization:Quintara Aviation',
    );
  });

  it('leaves people named by common words alone', () => {
    const r = run('Earlier, Leroy Ivy said he saw Huey Long in the hall.');
    expect(r.entities).toContain('Person:Huey Long');
    expect(r.entities).toContain('Person:Leroy Ivy');
  });

  it('leaves a surname written as a plural of a common word alone', () => {
    const lex = loadLexicon();
    const tokens = tokenize('Smoky Waters sang');
    expect(commonHead(tokens, make(tokens, 0, 2, 0), lex, 'Smoky Waters sang')).toBe(false);
  });

  it('reads nothing from a head a headline wrote in capitals', () => {
    const lex = loadLexicon();
    const tokens = tokenize('Ferndale Textiles closed');
    const m = make(tokens, 0, 2, 0);
    expect(commonHead(tokens, m, lex, 'Ferndale Textiles closed')).toBe(true);
    expect(commonHead(tokens, m, lex, 'FERNDALE TEXTILES CLOSED')).toBe(false);
  });
});
