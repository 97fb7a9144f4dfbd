import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';
import { appositionRole } from '../../../src/extract/relations/rules/apposition-role.js';
import { deedNominal } from '../../../src/extract/relations/rules/deed-nominal.js';
import { titleBeforeName } from '../../../src/extract/relations/rules/title-before-name.js';
import { verbSubjectObject } from '../../../src/extract/relations/rules/verb-subject-object.js';
import { runRule } from './helpers.js';

// The marks every relation carries, read from the tree above its verb.
const marks = (text: string) => runRule(verbSubjectObject, text).marked;

describe('polarity, modality and attribution', () => {
  it('"denied killing" is negated', () => {
    expect(marks('Marcus Trell denied killing Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane negated happened',
    ]);
  });

  it('"X, the accused assassin of Y" is alleged; "X, the assassin of Y" states it', () => {
    expect(
      runRule(
        appositionRole,
        'Ralph Denning, the accused assassin of Mayor Tom Astley, died in jail.',
      ).marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged']);
    expect(
      runRule(appositionRole, 'Ralph Denning, the assassin of Mayor Tom Astley, died in jail.')
        .marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted happened']);
  });

  it('"X said he killed Y" is what X says of X; "X\'s lawyer said he killed Y" gives X nothing', () => {
    expect(marks('Dara Venn said he killed Marcus Trell.')).toEqual([
      'Dara Venn KILLED Marcus Trell asserted happened by Dara Venn',
    ]);
    expect(marks('Dara Venn said he had decided to kill Marcus Trell.')).toEqual([
      'Dara Venn KILLED Marcus Trell asserted planned by Dara Venn',
    ]);
    expect(marks("Dara Venn's lawyer said he killed Marcus Trell.")).toEqual([]);
    expect(marks('Lena Ortiz said Dara Venn killed Marcus Trell.')).toEqual([
      'Dara Venn KILLED Marcus Trell asserted happened by Lena Ortiz',
    ]);
  });

  it('a relative clause keeps its own modality, not the "will" of the clause it hangs in', () => {
    expect(marks('Police will question Tom Reed, who attacked Port Veyra last year.')).toEqual([
      'Tom Reed ATTACKED Port Veyra asserted happened',
    ]);
  });

  it('"nearly invaded" and "almost killed" are negated: it did not happen', () => {
    expect(marks('The Sahel Front very nearly invaded Port Veyra.')).toEqual([
      'Sahel Front ATTACKED Port Veyra negated happened',
    ]);
    expect(marks('Marcus Trell almost killed Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane negated happened',
    ]);
    expect(marks('Marcus Trell killed nearly 40 people and Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane asserted happened',
    ]);
  });

  it('"almost" before a word that is not a verb negates nothing: "almost certain to strike"', () => {
    // The whole pipeline: the token-window rules' edges are marked by the same pass.
    const { clusters, found } = analyse(
      "Dock workers are almost certain to walk out this spring over a refusal to meet their demands, Harbour Workers' Union official Tom Reed said.",
    );
    const reed = found.filter((r) => clusters[r.source]?.name === 'Tom Reed');
    expect(reed.map((r) => `${r.type} ${clusters[r.target]?.name} ${r.polarity}`)).toEqual([
      "WORKS_FOR Harbour Workers' Union asserted",
    ]);
    expect(marks('Marcus Trell was nearly certain that Hector Valdane killed Dara Venn.')).toEqual([
      'Hector Valdane KILLED Dara Venn asserted happened',
    ]);
  });

  it('a tie stated in a noun phrase keeps its own stance, not that of the verb around it', () => {
    const ties = (text: string) => {
      const { clusters, found } = analyse(text);
      return found
        .filter((r) => r.rule.startsWith('window-'))
        .map(
          (r) =>
            `${clusters[r.source]?.name} ${r.type} ${clusters[r.target]?.name} ${r.polarity} ${r.modality}`,
        );
    };
    expect(
      ties('Analysts said Dara Venn would meet Harbour Workers Union chairman Tom Reed.'),
    ).toContain('Tom Reed LEADS Harbour Workers Union asserted happened');
    expect(
      ties('Dara Venn did not meet Tom Reed, a spokesman for Acme Corp, on Friday.'),
    ).toContain('Tom Reed WORKS_FOR Acme Corp asserted happened');
    // A copula makes the phrase a clause's predicate: its negation is the tie's.
    expect(ties('Tom Reed is not the chairman of Acme Corp.')).not.toContain(
      'Tom Reed LEADS Acme Corp asserted happened',
    );
  });

  it('an attack the clause above answers is not that clause\'s plan: "would retaliate for attacks on Y"', () => {
    const { clusters, found } = analyse(
      'Lena Ortiz said her country would retaliate for Sahel Front attacks on Port Veyra.',
    );
    expect(
      found.map(
        (r) => `${clusters[r.source]?.name} ${r.type} ${clusters[r.target]?.name} ${r.modality}`,
      ),
    ).toEqual(['Sahel Front ATTACKED Port Veyra happened']);
    // ... while a denial still reaches the attack it takes responsibility for.
    expect(
      runRule(deedNominal, 'The Sahel Front denied responsibility for the attack on Port Veyra.')
        .marked,
    ).toEqual(['Sahel Front ATTACKED Port Veyra negated happened']);
  });

  it('a negating adverb in quotation marks just before the verb negates it, however it hangs', () => {
    expect(
      marks('Lena Ortiz noted that the United States "very nearly" invaded Port Veyra.'),
    ).toEqual(['United States ATTACKED Port Veyra negated happened by Lena Ortiz']);
    expect(marks('Nearly a year ago the Sahel Front invaded Port Veyra.')).toEqual([
      'Sahel Front ATTACKED Port Veyra asserted happened',
    ]);
  });

  it('"plans to attack" and "will attack" are planned', () => {
    expect(marks('The Sahel Front plans to attack Port Veyra.')).toEqual([
      'Sahel Front ATTACKED Port Veyra asserted planned',
    ]);
    expect(marks('The Sahel Front will attack Port Veyra.')).toEqual([
      'Sahel Front ATTACKED Port Veyra asserted planned',
    ]);
  });

  it('"may have killed" is possible', () => {
    expect(marks('Marcus Trell may have killed Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane asserted possible',
    ]);
  });

  it('"allegedly" and "accused of" are alleged', () => {
    expect(marks('Marcus Trell allegedly killed Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane asserted alleged',
    ]);
    expect(marks('Marcus Trell was accused of killing Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane asserted alleged',
    ]);
  });

  it('"according to X" attributes the statement to X', () => {
    expect(marks('The Sahel Front attacked Port Veyra, according to Lena Ortiz.')).toEqual([
      'Sahel Front ATTACKED Port Veyra asserted happened by Lena Ortiz',
    ]);
  });

  it('a future in the reporting clause does not mark what is reported', () => {
    expect(marks('Lena Ortiz will say that Marcus Trell killed Hector Valdane.')).toEqual([
      'Marcus Trell KILLED Hector Valdane asserted happened by Lena Ortiz',
    ]);
  });
});

describe('the speaker of a report and the names of the report', () => {
  const titled = (text: string) => runRule(titleBeforeName, text).marked;
  const subjectObject = (text: string) => runRule(verbSubjectObject, text).marked;

  it("keeps what the speaker's own noun phrase says, however the parser hangs it", () => {
    // The parser hangs "Board" in the reported clause ("came from, Board").
    expect(
      titled(
        'Police were trying to determine where the gun came from, Board of Education spokesman Frank Sobrino said.',
      ),
    ).toEqual(['Frank Sobrino WORKS_FOR Board of Education asserted happened']);
  });

  it('still makes the speaker no party to what is reported', () => {
    expect(subjectObject('Dara Venn said the Sahel Front attacked Port Veyra.')).toEqual([
      'Sahel Front ATTACKED Port Veyra asserted happened by Dara Venn',
    ]);
  });
});
