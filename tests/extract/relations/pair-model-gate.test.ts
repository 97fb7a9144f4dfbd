import { describe, expect, it } from 'vitest';
import { analyse, analyseRelations } from '../../../src/extract/extract.js';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { treeAllows } from '../../../src/extract/relation-model.js';
import { compileCues } from '../../../src/extract/relations/index.js';
import { treePath } from '../../../src/extract/relations/tree-path.js';
import type { RelationType } from '../../../src/extract/types.js';
import { namedPair } from '../../helpers/named-pair.js';

const cues = compileCues(loadLexicon());

/** Whether the tree lets the pair model add `rel` from `source` to `target` in a one-sentence text. */
function allows(text: string, source: string, rel: RelationType, target: string): boolean {
  const { sc, pair } = namedPair(text, source, target);
  return treeAllows(sc, pair, rel, cues);
}

describe('the pair model is gated by the tree', () => {
  it('adds a killing only where a killing word stands between the names', () => {
    expect(
      allows('Dara Venn shot Tomas Ruiz in the street.', 'Dara Venn', 'KILLED', 'Tomas Ruiz'),
    ).toBe(true);
    expect(
      allows(
        'Dara Venn drove to the airport to meet Tomas Ruiz.',
        'Dara Venn',
        'KILLED',
        'Tomas Ruiz',
      ),
    ).toBe(false);
  });

  it('adds no killing the killing verb gives another doer', () => {
    const gate = (text: string) => allows(text, 'Dara Venn', 'KILLED', 'Marcus Trell');
    expect(gate("Dara Venn's lawyer admitted that he shot Marcus Trell.")).toBe(false);
    expect(gate('Dara Venn said the soldiers had shot Marcus Trell.')).toBe(false);
    expect(gate('Dara Venn said he shot Marcus Trell.')).toBe(true);
    expect(gate('Marcus Trell was shot by Dara Venn.')).toBe(true);
  });

  it('never joins the speaker of a closing "X said" to a name in what X reports', () => {
    expect(
      allows(
        'Dara Venn was named head of the Harbor Authority, Tomas Ruiz said.',
        'Tomas Ruiz',
        'WORKS_FOR',
        'Harbor Authority',
      ),
    ).toBe(false);
    expect(
      allows(
        'Tomas Ruiz, an engineer at the Harbor Authority, said the plant would close.',
        'Tomas Ruiz',
        'WORKS_FOR',
        'Harbor Authority',
      ),
    ).toBe(true);
  });

  it('makes no home of a place someone is only in ("X was in Y for talks")', () => {
    expect(
      allows('Dara Venn was in Port Veyra for trade talks.', 'Dara Venn', 'LIVES_IN', 'Port Veyra'),
    ).toBe(false);
  });

  it('makes no home or base of a destination ("a visit to Moscow by X")', () => {
    expect(
      allows(
        'Officials said a visit to Port Veyra by Dara Venn was planned.',
        'Dara Venn',
        'LIVES_IN',
        'Port Veyra',
      ),
    ).toBe(false);
    expect(
      allows(
        'Dara Venn of Port Veyra said the plan would fail.',
        'Dara Venn',
        'LIVES_IN',
        'Port Veyra',
      ),
    ).toBe(true);
  });

  it('never makes the victim of the killing word its killer', () => {
    expect(
      allows(
        'Tomas Ruiz was killed as he led troops loyal to Dara Venn.',
        'Tomas Ruiz',
        'KILLED',
        'Dara Venn',
      ),
    ).toBe(false);
  });

  it('never makes the killer of the killing word its victim', () => {
    expect(
      allows('Dara Venn killed Tomas Ruiz in 1968.', 'Tomas Ruiz', 'KILLED', 'Dara Venn'),
    ).toBe(false);
    expect(
      allows(
        'Tomas Ruiz, who was cut down by assassin Dara Venn, is buried here.',
        'Tomas Ruiz',
        'KILLED',
        'Dara Venn',
      ),
    ).toBe(false);
    expect(
      allows(
        'Tomas Ruiz, who was cut down by assassin Dara Venn, is buried here.',
        'Dara Venn',
        'KILLED',
        'Tomas Ruiz',
      ),
    ).toBe(true);
  });

  it('adds where someone lives only when no verb stands between the names on the tree', () => {
    expect(allows('Mayor Ana Pell of Oakdale spoke.', 'Ana Pell', 'LIVES_IN', 'Oakdale')).toBe(
      true,
    );
    expect(
      allows(
        'Ana Pell warned Rui Sato of reprisals from Oakdale.',
        'Rui Sato',
        'LIVES_IN',
        'Oakdale',
      ),
    ).toBe(false);
  });

  it('adds work for a group only through verbs of work ("researched ... for", "stars on")', () => {
    const worksFor = (clause: string) =>
      allows(
        `Dara Venn, who ${clause}, disputed the report.`,
        'Dara Venn',
        'WORKS_FOR',
        'Apex Mining Corp.',
      );
    expect(worksFor('has researched the drug for Apex Mining Corp.')).toBe(true);
    expect(worksFor('stars on Apex Mining Corp. television')).toBe(true);
    expect(worksFor('has criticized the drug for Apex Mining Corp.')).toBe(false);
  });

  it('still reads a home through a verb of dwelling or work ("X, who operates a shop in Y")', () => {
    expect(
      allows(
        'Ana Pell, who operates a bakery in Oakdale, spoke.',
        'Ana Pell',
        'LIVES_IN',
        'Oakdale',
      ),
    ).toBe(true);
    expect(
      allows('Ana Pell, who owns a bakery in Oakdale, spoke.', 'Ana Pell', 'LIVES_IN', 'Oakdale'),
    ).toBe(true);
    expect(
      allows('Ana Pell, who bombed a bakery in Oakdale, fled.', 'Ana Pell', 'LIVES_IN', 'Oakdale'),
    ).toBe(false);
  });

  it('reads the dependency path from one name up to their common head and down to the other', () => {
    const { sents } = analyse('Dara Venn killed Tomas Ruiz in the street.');
    const sc = sents[0];
    const [a, b] = sc?.mentions ?? [];
    const path = sc && a && b ? treePath(sc, a, b) : undefined;
    expect(path?.nodes.map((k) => sc?.syntax.tokens[k]?.text)).toEqual(['Dara', 'killed', 'Tomas']);
  });
});

/** What the pair model adds when no rule runs, as "Source TYPE Target". */
function modelled(text: string): string[] {
  const { clusters, found } = analyseRelations(text, undefined, { rules: [], window: new Set() });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found
    .filter((r) => r.rule === 'pair-model')
    .map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

describe('the pair model gives no killing to a bystander', () => {
  it('not to one who wed the man convicted of it, but to the one the noun describes', () => {
    expect(
      modelled('Maria Lopez later wed the man convicted of killing Senator John Hale.'),
    ).toEqual([]);
    expect(
      modelled('Maria Lopez, the woman convicted of killing Senator John Hale, wed in 1970.'),
    ).toEqual(['Maria Lopez KILLED John Hale']);
  });

  it('not of a name that only describes the next one ("Kennedy assassin Oswald")', () => {
    expect(
      modelled('Jack Ruby killed Kennedy assassin Lee Harvey Oswald in Dallas in 1963.'),
    ).not.toContain('Jack Ruby KILLED Kennedy');
  });
});

describe('the pair model places no group at a site it owns', () => {
  it('"Y\'s Seaforth plant" is no base of Y, "Y\'s Chicago headquarters" still is', () => {
    expect(
      modelled(
        "Talks to end the strike at Halvorsen Mills Ltd's Seaforth oilseed crushing plant were put off.",
      ),
    ).toEqual([]);
    const { clusters, found } = analyseRelations(
      "Halvorsen Mills Ltd's Chicago headquarters will close.",
    );
    expect(
      found.map((r) => `${clusters[r.source]?.name} ${r.type} ${clusters[r.target]?.name}`),
    ).toContain('Halvorsen Mills Ltd BASED_IN Chicago');
  });
});
