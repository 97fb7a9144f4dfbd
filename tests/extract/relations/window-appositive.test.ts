import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-appositive pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-appositive']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "X, a spokeswoman for Y": the role in an appositive and what it is held at.
describe('window-appositive', () => {
  it('bases a firm in the place of "X is a <place> <firm noun>"', () => {
    expect(run('Halvorsen Bancshares Inc is a Fort Worth bank holding company.')).toEqual([
      'Halvorsen Bancshares Inc BASED_IN Fort Worth',
    ]);
    // No role word reads after a firm's copula, and no place that is not the firm's kind.
    expect(run('Halvorsen Bancshares Inc is the leader in Texas.')).toEqual([]);
    expect(run('Halvorsen Bancshares Inc is a Texas success story.')).toEqual([]);
  });

  it('bases a firm in the town of "X, a <town>, <state>, <firm noun>"', () => {
    expect(
      run('Harlan Industries Inc, a Toledo, Ohio, maker of auto parts, said profit fell.'),
    ).toEqual(['Harlan Industries Inc BASED_IN Toledo']);
    // A second name after the comma that is no region ends the place: a list, not a seat.
    expect(run('Harlan Industries Inc, a Toledo, Kestrel Corp and Dressler Co said so.')).toEqual(
      [],
    );
  });

  it('bases a firm in the country of "X, <country>\'s <firm noun>"', () => {
    expect(run("Nordbank AG, West Germany's third largest bank, will open an office.")).toEqual([
      'Nordbank AG BASED_IN West Germany',
    ]);
    // What the country has is no firm noun: nothing.
    expect(run("Nordbank AG, West Germany's prime minister said, will open an office.")).toEqual(
      [],
    );
  });

  it('holds two roles joined by "and" at what follows the second', () => {
    expect(run('Dara Venn, chairman and president of Halvorsen Industries, said so.')).toEqual([
      'Dara Venn LEADS Halvorsen Industries',
    ]);
    expect(run('Dara Venn, spokesman and treasurer of Halvorsen Industries, said so.')).toEqual([
      'Dara Venn WORKS_FOR Halvorsen Industries',
    ]);
    // A role then a clause is no pair of roles: "chairman and said".
    expect(run('Dara Venn, chairman and founder, said Halvorsen Industries grew.')).toEqual([]);
  });

  it('reads a role held at a country or a group', () => {
    expect(run('Dara Venn, a spokeswoman for Argentina, said prices rose.')).toEqual([
      'Dara Venn MEMBER_OF Argentina',
    ]);
    expect(run('Dara Venn, a spokeswoman for the Argentine Foreign Ministry, said so.')).toEqual([
      'Dara Venn WORKS_FOR Argentine Foreign Ministry',
    ]);
  });

  it('holds the role at the group a country adjective stands before, not at the country', () => {
    expect(
      run('Dara Venn, a professor at the Argentine Center for Economic Studies, said prices rose.'),
      // The adjective is part of the group's name, as in "Argentine Foreign Ministry" above.
    ).toEqual(['Dara Venn WORKS_FOR Argentine Center for Economic Studies']);
  });

  it('gives a head of a department inside a group work there, not the lead of the group', () => {
    expect(
      run('Dara Venn, director of export finance at Halvorsen Bank Plc, said rates rose.'),
    ).toEqual(['Dara Venn WORKS_FOR Halvorsen Bank Plc']);
    expect(run("Dara Venn, chief of the Halvorsen Bank's lending division, said so.")).toEqual([
      'Dara Venn WORKS_FOR Halvorsen Bank',
    ]);
    // The head of the group itself still leads it, and so does the chairman of its board.
    expect(run('Dara Venn, leader of the outlawed Halvorsen League, said so.')).toEqual([
      'Dara Venn LEADS Halvorsen League',
    ]);
    expect(run("Dara Venn, Halvorsen Bank's chairman, said so.")).toEqual([
      'Dara Venn LEADS Halvorsen Bank',
    ]);
    expect(run('Dara Venn, chairman of the board of Halvorsen Bank Plc, said so.')).toEqual([
      'Dara Venn LEADS Halvorsen Bank Plc',
    ]);
    expect(run('Dara Venn, chairman of Halvorsen Bank Plc, said rates rose.')).toEqual([
      'Dara Venn LEADS Halvorsen Bank Plc',
    ]);
  });

  it('reads no appositive from a role that is the title of the next name in a list', () => {
    const found = run(
      'He met Treasury Secretary Tomas Rell, Halvorsen Bank chairman Piet Okafor and others.',
    );
    expect(found).not.toContain('Tomas Rell LEADS Halvorsen Bank');
  });
});

describe('window-appositive: a post held abroad', () => {
  it('gives an ambassador no membership of the country he is posted to', () => {
    expect(run('Maria Lopez, the former ambassador to Cuba, spoke on Monday.')).toEqual([]);
    expect(run('Peter Vance, the consul in Lisbon, resigned.')).toEqual([]);
  });

  it('still reads the other roles\' "to" target: "X, an adviser to the Harbor Authority"', () => {
    expect(run('Lena Ortiz, an adviser to the Harbor Authority, resigned.')).toEqual([
      'Lena Ortiz WORKS_FOR Harbor Authority',
    ]);
  });
});

describe('window-appositive: a place that is where something else is', () => {
  it('takes no place as what a role is of when the place is where something unnamed is', () => {
    // The group is a name the tagger does not know: the place after "based in" is its seat.
    expect(
      run('Ann Kemp, a spokeswoman for Q mart based in Flint, Mich., said it would appeal.').filter(
        (r) => r.startsWith('Ann Kemp'),
      ),
    ).toEqual([]);
    expect(
      run('Tom Reed, a senior aide to the governor in Dayton, said no.').filter((r) =>
        r.startsWith('Tom Reed'),
      ),
    ).toEqual([]);
    // A group named after the place is still what the role is of.
    expect(
      run(
        'Ann Kemp, deputy commander of militias in Norland known as the Harbor Guard, was killed.',
      ),
    ).toContain('Ann Kemp COMMANDED Harbor Guard');
    expect(run('Tom Reed, the mayor of Dayton, said no.')).toEqual(['Tom Reed LEADS Dayton']);
  });
});

describe('window-appositive: a paper in a language', () => {
  it('does not base a paper in the country whose language it is written in', () => {
    expect(
      run('Ruth Olsen edits the Harbor Courier, a Chinese language weekly newspaper in Seattle.'),
    ).not.toContain('Harbor Courier BASED_IN China');
    expect(
      run('Ruth Olsen edits the Harbor Courier, a Spanish language daily in Miami.'),
    ).not.toContain('Harbor Courier BASED_IN Spain');
  });

  it('still bases a firm in the country a demonym names before its kind', () => {
    expect(run('Orrin Motors, a Swedish car company, said sales rose.')).toEqual([
      'Orrin Motors BASED_IN Sweden',
    ]);
  });
});
