import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.js';
import { parseRelationWords, WORDS } from '../../../src/extract/relations/words.js';

const shipped = JSON.parse(
  readFileSync(new URL('../../../data/relation-words.json', import.meta.url), 'utf8'),
);

describe('the relation rules read their word tables from data/relation-words.json', () => {
  it('loads the shipped tables: "X of Y" by the two types, the roles that lead a country', () => {
    expect(WORDS.nameOfName.get('Person>Organization')?.get('of')).toBe('WORKS_FOR');
    expect(WORDS.nameOfName.get('Organization>Location')?.get('in')).toBe('BASED_IN');
    expect(WORDS.leadsCountry.has('prime minister')).toBe(true);
    expect(WORDS.pronouns.get('she')).toEqual(['Person']);
  });

  it('never finds a prototype property for a word of the text', () => {
    expect(WORDS.nameOfName.get('constructor')).toBeUndefined();
    expect(WORDS.pronouns.get('toString')).toBeUndefined();
  });

  it('rejects a misspelt relation type with an error naming the file', () => {
    const bad = { ...shipped, nameOfName: { 'Person>Organization': { of: 'WORKS_FRO' } } };
    expect(() => parseRelationWords(bad)).toThrow(InvalidInputError);
    expect(() => parseRelationWords(bad)).toThrow(/relation-words\.json: "WORKS_FRO"/);
  });

  it('rejects a missing list, naming it', () => {
    const { prepositions: _, ...rest } = shipped;
    expect(() => parseRelationWords(rest)).toThrow(/"prepositions" must be a list of words/);
  });
});
