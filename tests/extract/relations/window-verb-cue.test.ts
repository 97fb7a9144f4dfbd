import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

// The token-window verb cue reads the object to the right of its verb.
describe('window-verb-cue', () => {
  it('reads no deed from a cue word the tagger makes a noun: plural, or with a modifier before it', () => {
    const deeds = (text: string) =>
      run(text).relations.filter((x) => /ATTACKED|KILLED|ORDERED/.test(x));
    // "air raids": a plural noun with a noun before it, so the country that halts them raided no one.
    expect(
      deeds(
        'The truce ends on Friday, a month after Chad announced a halt to air raids on condition that Libya stop shelling Chadian villages.',
      ),
    ).toEqual(['Libya ATTACKED Chad']);
    expect(deeds('The Sahel Front set strict budget targets for Congress this year.')).toEqual([]);
  });

  it('still reads a verb the tagger misreads as a noun after a name or before "dead"', () => {
    expect(
      run('Crowds fled after Booth shot Lincoln at the theatre that night.').relations,
    ).toContain('Booth KILLED Lincoln');
    expect(
      run('Police said Dara Venn shot dead Tomas Reed, a 30-year-old clerk, in Veyra in 1990.')
        .relations,
    ).toContain('Dara Venn KILLED Tomas Reed');
    expect(
      run(
        'Marcus Trell, a 40-year-old engineer, shot dead Archduke Karl Vester of Norland in Veyra.',
      ).relations,
    ).toContain('Marcus Trell KILLED Archduke Karl Vester');
  });

  it('takes no name after "with" as the object: "attacked the town with Kestrel rockets"', () => {
    const r = run(
      'The Sahel Front attacked the outskirts of the town with Kestrel rockets, said Marcus Trell.',
    );
    expect(r.relations.filter((x) => x.includes('ATTACKED'))).toEqual([]);
  });

  it('still reads a named object before "with"', () => {
    const r = run('The Sahel Front attacked Port Veyra with rockets on Monday.');
    expect(r.relations).toContain('Sahel Front ATTACKED Port Veyra');
  });

  it('takes no place reached across "in" as the object: where, not whom', () => {
    const attacked = (text: string) => run(text).relations.filter((x) => x.includes('ATTACKED'));
    expect(
      attacked('Sahel Front fighters attacked army positions in Port Veyra on Monday.'),
    ).toEqual([]);
    expect(attacked('Troops of the Sahel Front attacked in the hamlet of Port Veyra.')).toEqual([]);
    expect(attacked('The Sahel Front attacked Port Veyra in the night.')).toContain(
      'Sahel Front ATTACKED Port Veyra',
    );
  });

  it('leaves the doer of a deed to the tree where the tree names one', () => {
    // The window's nearest name before the verb is the demonym inside the apposition.
    const r = run(
      'Marcus Trell, a Jordanian immigrant, was convicted of murdering Hector Valdane.',
    );
    expect(r.relations.filter((x) => x.includes('KILLED'))).toEqual([
      'Marcus Trell KILLED Hector Valdane',
    ]);
  });

  it('leaves support and leadership to the tree: no tie from a window around "led by" or "supported"', () => {
    expect(
      run('A Norland Bank team led by economist Dara Venn arrived in Kessa on Monday.').relations,
    ).not.toContain('Dara Venn LEADS Norland Bank');
    expect(
      run('Norland officials are checking how much support Dara Venn would have in the Senate.')
        .relations,
    ).toEqual([]);
    expect(run('Norland supports the Sahel Front.').relations).toContain(
      'Norland SUPPORTS Sahel Front',
    );
  });

  it('takes no target after "threatened to" unless the infinitive is a deed done to it', () => {
    expect(run('Norland threatened to follow Kessa in cutting its oil output.').relations).toEqual(
      [],
    );
    expect(run('Tom Reed threatened to attack Port Veyra.').relations).toContain(
      'Tom Reed THREATENED Port Veyra',
    );
  });
});

/** The window-verb-cue pass alone: "Source TYPE Target" lines. */
function alone(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-verb-cue']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "X, a Serb student, shot Y": the place only says what the person is from.
describe('window-verb-cue: a place before a person noun is no subject', () => {
  it('takes the name the phrase stands beside', () => {
    expect(
      alone('Tom Reed, a 20-year-old Serb student, shot dead Dara Venn in the square.'),
    ).toEqual(['Tom Reed KILLED Dara Venn']);
  });

  it('takes no one when the phrase stands beside no name', () => {
    expect(alone('Tom Reed said an Austin policeman killed Dara Venn.')).toEqual([]);
  });

  it('still takes a country that acts', () => {
    expect(alone('Norland killed Dara Venn in a drone strike.')).toEqual([
      'Norland KILLED Dara Venn',
    ]);
  });
});

// "killed Kennedy assassin Oswald": the first name says whose the person named after the noun is.
describe('window-verb-cue: a name before a person noun and a name', () => {
  it('takes the person named after the noun as the object', () => {
    expect(alone('Tom Reed, who killed Norland envoy Dara Venn, was arrested.')).toEqual([
      'Tom Reed KILLED Dara Venn',
    ]);
  });

  it('still takes a name followed by no person', () => {
    expect(alone('Tom Reed killed Dara Venn on Monday.')).toEqual(['Tom Reed KILLED Dara Venn']);
  });
});

// "X wed the man convicted of killing Y": the one convicted is the man, not X.
describe('window-verb-cue: a deed charged to a person noun', () => {
  it('gives the deed to no name before the noun', () => {
    expect(
      alone('Lena Ortiz, who wed the man convicted of killing Dara Venn, filed for divorce.'),
    ).toEqual([]);
  });

  it('still gives it to a name that is charged', () => {
    expect(alone('Tom Reed, convicted of killing Dara Venn, was freed.')).toEqual([
      'Tom Reed KILLED Dara Venn',
    ]);
  });
});

describe('window-verb-cue: coordinated targets', () => {
  it('gives every name of a list ending in "and" after the verb the relation', () => {
    expect(alone('Dara Venn murdered Tomas Reed and Hector Valdane in 1990.')).toEqual([
      'Dara Venn KILLED Tomas Reed',
      'Dara Venn KILLED Hector Valdane',
    ]);
    expect(alone('Dara Venn murdered Tomas Reed, Hector Valdane and Lena Ortiz in 1990.')).toEqual([
      'Dara Venn KILLED Tomas Reed',
      'Dara Venn KILLED Hector Valdane',
      'Dara Venn KILLED Lena Ortiz',
    ]);
  });

  it('takes no name after a comma without "and", nor one of another type', () => {
    expect(alone('Dara Venn murdered Tomas Reed, Hector Valdane said on Monday.')).not.toContain(
      'Dara Venn KILLED Hector Valdane',
    );
    expect(
      alone('Lena Ortiz, who murdered Tomas Reed, and Hector Valdane met in Veyra.'),
    ).not.toContain('Lena Ortiz KILLED Hector Valdane');
    expect(alone('Dara Venn murdered Tomas Reed and the Sahel Front fled.')).toEqual([
      'Dara Venn KILLED Tomas Reed',
    ]);
    expect(alone('Dara Venn murdered Tomas Reed and Hector Valdane fled to Veyra.')).toEqual([
      'Dara Venn KILLED Tomas Reed',
    ]);
  });
});

// "Little Miss Sure Shot": a cue word that is part of a name is no verb.
describe('window-verb-cue: a cue word inside a name', () => {
  it('reads no deed from a word of a name', () => {
    expect(
      alone('Lena Ortiz, also known as Little Miss Sure Shot, was born Dara Venn in 1860.'),
    ).toEqual([]);
  });

  it('still reads the same word standing alone as a verb', () => {
    expect(alone('Lena Ortiz shot Dara Venn in 1860.')).toEqual(['Lena Ortiz KILLED Dara Venn']);
  });

  it('reads no doer of a passive deed across a place preposition after "by"', () => {
    const deeds = (text: string) => run(text).relations.filter((x) => /ATTACKED|KILLED/.test(x));
    // The bomb and the car did it; the town is where.
    expect(
      deeds('Police said Karim Nasser, 34, was killed by a roadside bomb near Kirkuk.'),
    ).toEqual([]);
    expect(deeds('Dara Venn, a student, was struck by a car in Norwalk on Friday.')).toEqual([]);
    // A named doer after "by" still did it, with the place after it.
    expect(
      deeds('Karim Nasser was killed by gunmen of the Sabri Brigade in Kirkuk on Friday.'),
    ).toEqual(['Sabri Brigade KILLED Karim Nasser']);
  });
});
