import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { demonymOfThing } from '../../../src/extract/relations/demonym-thing.js';
import { compileCues } from '../../../src/extract/relations/index.js';
import { mentionPair } from './helpers.js';

const cues = compileCues(loadLexicon());

describe("demonym-thing: no country for a thing's adjective", () => {
  it("a demonym that describes a thing names no one's country", () => {
    const thing = mentionPair(
      'Criticism by Dara Venn of Norwegian monetary policy sent the krone lower.',
      'Dara Venn',
      'Norwegian',
    );
    expect(demonymOfThing(thing.sc, thing.b, cues)).toBe(true);
    const person = mentionPair(
      'The Norwegian minister, Dara Venn, said prices would rise.',
      'Dara Venn',
      'Norwegian',
    );
    expect(demonymOfThing(person.sc, person.b, cues)).toBe(false);
  });
});
