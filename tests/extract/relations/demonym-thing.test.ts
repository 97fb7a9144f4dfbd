import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { demonymOfThing } from '../../../src/extract/relations/demonym-thing.js';
import { compileCues } from '../../../src/extract/relations/index.js';

const cues = compileCues(loadLexicon());

/** The first sentence of `text` and its mentions of `a` and `b` (by text). */
function pair(text: string, a: string, b: string) {
  const sc = analyse(text).sents[0];
  if (!sc) throw new Error('no sentence');
  const find = (t: string) => {
    const m = sc.mentions.find((x) => x.text === t);
    if (!m) throw new Error(`no mention ${t}`);
    return m;
  };
  return { sc, a: find(a), b: find(b) };
}

describe("demonym-thing: no country for a thing's adjective", () => {
  it("a demonym that describes a thing names no one's country", () => {
    const thing = pair(
      'Criticism by Dara Venn of Norwegian monetary policy sent the krone lower.',
      'Dara Venn',
      'Norwegian',
    );
    expect(demonymOfThing(thing.sc, thing.b, cues)).toBe(true);
    const person = pair(
      'The Norwegian minister, Dara Venn, said prices would rise.',
      'Dara Venn',
      'Norwegian',
    );
    expect(demonymOfThing(person.sc, person.b, cues)).toBe(false);
  });
});
