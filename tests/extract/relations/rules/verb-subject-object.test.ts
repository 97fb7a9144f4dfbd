import { describe, expect, it } from 'vitest';
import { verbSubjectObject } from '../../../../src/extract/relations/rules/verb-subject-object.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(verbSubjectObject, text);

describe('verb-subject-object: "X attacked Y"', () => {
  it('relates the subject and the object of an active cue verb, and names itself', () => {
    const r = run('Marcus Trell attacked Hector Valdane.');
    expect(r.relations).toEqual(['Marcus Trell ATTACKED Hector Valdane']);
    expect(r.rules).toEqual(['verb-subject-object']);
  });

  it('takes the subject of a relative clause from the noun it describes', () => {
    const r = run('The Sahel Front, which attacked Port Veyra last year, denied the report.');
    expect(r.relations).toContain('Sahel Front ATTACKED Port Veyra');
  });

  it('gives a gerund under a passive participle to its patient, never to a subject above it', () => {
    expect(
      run('Dara Venn, convicted of killing Marcus Trell, was released on Monday.').relations,
    ).toEqual(['Dara Venn KILLED Marcus Trell']);
    expect(
      run(
        'Lena Ortiz refused to release from prison Dara Venn, convicted of killing Marcus Trell in 1968.',
      ).relations,
    ).toEqual([]);
    expect(
      run('Lena Ortiz refused to release Dara Venn, convicted of killing Marcus Trell in 1968.')
        .relations,
    ).toEqual(['Dara Venn KILLED Marcus Trell']);
  });

  it('takes the subject of a copula as the one a relative clause on its predicate describes', () => {
    expect(run('Dara Venn was the gunman who killed Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
    expect(run('Dara Venn was not the gunman who killed Marcus Trell.').negated).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
    expect(run('Dara Venn was a friend of the man who killed Marcus Trell.').relations).toEqual([]);
  });

  it('gives a second relative clause joined by "and who" the same subject as the first', () => {
    expect(
      run(
        'Police said Ralph Denning was the sniper who killed Mayor Tom Astley and who an hour later killed Officer Dan Reyes.',
      ).relations,
    ).toEqual(['Ralph Denning KILLED Tom Astley', 'Ralph Denning KILLED Dan Reyes']);
  });

  it('takes a noun in apposition to a name as that name when its relative clause acts', () => {
    expect(run('Dara Venn, a policeman who shot Marcus Trell in 1966, retired.').relations).toEqual(
      ['Dara Venn KILLED Marcus Trell'],
    );
    // The noun the relative clause hangs on must be the name's own apposition, not a noun inside it.
    expect(
      run('Dara Venn, a friend of the man who shot Marcus Trell in 1966, retired.').relations,
    ).toEqual([]);
  });

  it('gives a gerund after "for" or "with" to the object of the verb ("arrested X for killing Y")', () => {
    expect(run('Lena Ortiz arrested Dara Venn for killing Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
    expect(run('Police charged Dara Venn with killing Marcus Trell.').marked).toEqual([
      'Dara Venn KILLED Marcus Trell asserted alleged',
    ]);
    expect(run('Dara Venn apologized for killing Marcus Trell.').relations).toEqual([
      'Dara Venn KILLED Marcus Trell',
    ]);
  });

  it('gives the relation to both subjects and both objects of a coordination', () => {
    const r = run('Marcus Trell and Lena Ortiz attacked Port Veyra and Fort Adler.');
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Marcus Trell ATTACKED Port Veyra',
        'Marcus Trell ATTACKED Fort Adler',
        'Lena Ortiz ATTACKED Port Veyra',
        'Lena Ortiz ATTACKED Fort Adler',
      ]),
    );
  });

  it('takes the agent of "ordered X to attack Y" from the object, not the one who ordered', () => {
    const r = run('General Anton Brask ordered the Northern Guard to attack Port Veyra.');
    expect(r.relations).toContain('Northern Guard ATTACKED Port Veyra');
    expect(r.relations).toContain('Anton Brask ORDERED Northern Guard');
    expect(r.relations).not.toContain('Anton Brask ATTACKED Port Veyra');
  });

  it('takes the agent of "used X to kill Y" from the subject: the object is the tool', () => {
    expect(
      run('Ralph Denning bought a pistol in a pawn shop and used it to shoot Tom Astley.')
        .relations,
    ).toEqual(['Ralph Denning KILLED Tom Astley']);
    expect(run('Ralph Denning ordered Tom Astley to kill Dan Reyes.').relations).toContain(
      'Tom Astley KILLED Dan Reyes',
    );
    expect(run('Ralph Denning ordered Tom Astley to kill Dan Reyes.').relations).not.toContain(
      'Ralph Denning KILLED Dan Reyes',
    );
  });

  it('never makes the speaker of "said" the agent of the verb said', () => {
    const r = run('Lena Ortiz said Marcus Trell killed Hector Valdane.');
    expect(r.marked).toContain(
      'Marcus Trell KILLED Hector Valdane asserted happened by Lena Ortiz',
    );
    expect(r.relations).not.toContain('Lena Ortiz KILLED Hector Valdane');
  });

  it("gives a verb coordinated across a reported clause to that clause's subject", () => {
    // Parsed with "fired" coordinated with "concluded": the deed is still Dara Venn's.
    const r = run(
      'Marcus Trell concluded that Dara Venn, acting alone, fired the shots that killed Tomas Ruiz.',
    );
    expect(r.relations).toEqual(['Dara Venn KILLED Tomas Ruiz']);
  });

  it('reads a subject "he" or "she" as the named person subject of the clause above', () => {
    const r = run('Marcus Trell fled the city after he killed Hector Valdane.');
    expect(r.relations).toEqual(['Marcus Trell KILLED Hector Valdane']);
    expect(r.rules).toEqual(['verb-subject-object']);
  });

  it('reads no name into a pronoun whose clause above has an unnamed subject', () => {
    expect(run("Marcus Trell's lawyer admitted that he shot Hector Valdane.").relations).toEqual(
      [],
    );
  });

  it('keeps a negated statement only as a negated one', () => {
    const r = run('Marcus Trell did not attack Hector Valdane.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Marcus Trell ATTACKED Hector Valdane']);
  });

  it('denies the deed of an acquittal ("X was acquitted of killing Y")', () => {
    const r = run('Dara Venn was acquitted of killing Marcus Trell.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Dara Venn KILLED Marcus Trell']);
  });

  it('leaves passives to passive-by-agent', () => {
    expect(run('Hector Valdane was killed by Marcus Trell.').relations).toEqual([]);
  });

  it('takes no agent from a "by" phrase the parser made a clause ("The Front, led by X, attacked Y")', () => {
    expect(run('The Sahel Front, led by Tom Reed, attacked Kessa.').relations).not.toContain(
      'Tom Reed ATTACKED Kessa',
    );
  });

  it('kills the person a name before a person noun describes, not that name', () => {
    const r = run('Tom Reed killed Hale assassin John Moore in Dallas in 1963.');
    expect(r.relations).toContain('Tom Reed KILLED John Moore');
    expect(r.relations).not.toContain('Tom Reed KILLED Hale');
  });
});

describe("verb-subject-object: a court title before a judge's name", () => {
  it('makes the judge, not the court in her title, the one who orders', () => {
    const r = run('Pima County Superior Court Judge Ana Ruiz ordered Microsoft to pay the fine.');
    expect(r.relations).toEqual(['Ana Ruiz ORDERED Microsoft']);
  });

  it('still reads two subjects joined by "and" as two agents', () => {
    const r = run('Marcus Trell and Hector Valdane attacked Lena Ortiz.');
    expect(r.relations).toEqual([
      'Marcus Trell ATTACKED Lena Ortiz',
      'Hector Valdane ATTACKED Lena Ortiz',
    ]);
  });

  it('does not take the place that names a branch for the group the branch belongs to', () => {
    expect(run('Tom Reed heads the Denver office of Apex Mining Corp.').relations).not.toContain(
      'Tom Reed LEADS Denver',
    );
  });

  it('makes a named group the doer of what its gunmen, bombers or members did', () => {
    expect(run('Gunmen from the Sabri Brigade killed Omar Haddad on Tuesday.').relations).toEqual([
      'Sabri Brigade KILLED Omar Haddad',
    ]);
    expect(run('A suicide bomber from the Khorasan Front killed Nasir Ahmadi.').relations).toEqual([
      'Khorasan Front KILLED Nasir Ahmadi',
    ]);
    // Any other noun before "of" is no group's hands ("the lawyer of X"), nor is a country's army read here.
    expect(run('The lawyer of the Sabri Brigade attacked Omar Haddad in court.').relations).toEqual(
      [],
    );
  });
});
