import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { misspeltHead } from '../../../src/extract/mentions/misspelt-heads.js';

/** The rules' Organization votes of the mention written `name` in `text`. */
function groupVotes(text: string, name: string): number | undefined {
  for (const s of readMentions(text))
    for (const m of s.mentions) if (m.text === name) return m.votes.Organization;
  return undefined;
}

describe('a head mistyped by one letter', () => {
  const lex = loadLexicon();
  const heads = lex.set('orgHeads');

  it('is read as the head: a swap, an extra or a dropped letter', () => {
    expect(misspeltHead('univresity', heads, lex)).toBe('university');
    expect(misspeltHead('universitty', heads, lex)).toBe('university');
    expect(misspeltHead('foundaton', heads, lex)).toBe('foundation');
    expect(groupVotes('Ann Cole of Marlow Univresity said so.', 'Marlow Univresity')).toBe(
      groupVotes('Ann Cole of Marlow University said so.', 'Marlow University'),
    );
  });

  it('leaves words of the dictionary, names, short heads and other first letters alone', () => {
    expect(misspeltHead('institutes', heads, lex)).toBeUndefined();
    expect(misspeltHead('unit', heads, lex)).toBeUndefined();
    expect(misspeltHead('bunk', heads, lex)).toBeUndefined();
    expect(misspeltHead('yniversity', heads, lex)).toBeUndefined();
    expect(groupVotes('Ann Cole met Tom Marlowe on Monday.', 'Tom Marlowe')).toBe(0);
  });
});
