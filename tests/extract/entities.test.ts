import { describe, expect, it } from 'vitest';
import { readMentions } from '../../src/extract/extract.js';
import { run } from './helpers.js';

const mentionTexts = (text: string) =>
  readMentions(text).flatMap((s) => s.mentions.map((m) => m.text));

describe('entities', () => {
  it('types people, organizations and locations', () => {
    const r = run(
      'Anna Lind, a reporter for the Daily Courier, flew from Oslo to the Bank of Norway.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Person:Anna Lind',
        'Organization:Daily Courier',
        'Location:Oslo',
        'Organization:Bank of Norway',
      ]),
    );
  });

  it('reads "Soviet" as the Soviet Union, a place', () => {
    const r = run('Ten Soviet engineers arrived in Oakdale.');
    expect(r.entities).toContain('Location:Soviet Union');
  });

  it('does not take a title without a name for a person', () => {
    const r = run('Ann Cole, the 12th President of the Republic of Veldora, was born in Oakdale.');
    expect(r.entities).not.toContain('Person:President');
    expect(r.entities).toContain('Person:Ann Cole');
  });

  it('keeps titles out of names and on the entity', () => {
    const r = run(
      'Defense Secretary Mark Halden met Gen. Rosa Ibarra and Supreme Leader Omar Tal.',
    );
    expect(r.entity('Mark Halden')?.titles).toEqual(['Defense Secretary']);
    expect(r.entity('Rosa Ibarra')?.titles).toEqual(['Gen.']);
    expect(r.entity('Omar Tal')?.titles).toEqual(['Supreme Leader']);
  });

  it('keeps "managing" of a title out of the group before it', () => {
    const r = run('The minister met ECB Managing Director Lena Varga in Frankfurt.');
    expect(r.entities).toContain('Organization:ECB');
    expect(r.entities).not.toContain('Organization:ECB Managing');
    expect(r.entity('Lena Varga')?.titles).toEqual(['Managing Director']);
  });

  it('reads AP state abbreviations as the state', () => {
    const r = run('The storm hit Mobile, Ala., and Raleigh, N.C., overnight.');
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:Alabama', 'Location:North Carolina']),
    );
    expect(r.entity('North Carolina')?.aliases).toContain('N.C.');
  });

  it('turns a demonym into its country when the country acts', () => {
    const r = run('Kenyan President Daniel Moi arrived.');
    expect(r.entities).toContain('Location:Kenya');
    expect(r.relations).toContain('Daniel Moi LEADS Kenya');
  });

  it('does not make nodes of a bare demonym, photo credits, links or sentence openers', () => {
    const r = run(
      'Separately, Kenyan farmers protested. (AP Photo/Jane Roe, File) [Watch here » https://example.com/watchVideoXyz] Asked about it, officials declined.',
    );
    expect(r.entities).toEqual([]);
  });

  it('skips headlines in capitals and ticker symbols but keeps the dateline', () => {
    const r = run(
      'ZENTRO SEES HIGHER PROFITS\n\nCHICAGO, March 3 - Zentro Corp <ZNT.N> said profits rose.',
    );
    expect(r.entities).toEqual(['Location:Chicago', 'Organization:Zentro Corp']);
  });

  it('every mention is an exact span of the document', () => {
    const text = "Kenya's Coastal Guard met Anna Lind in Mombasa's old port.";
    const r = run(text);
    for (const e of r.x.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('is deterministic', () => {
    const text = 'Anna Lind of the Daily Courier said Kenya warned Uganda.';
    expect(run(text).x).toEqual(run(text).x);
  });
  it('does not take a pronoun contraction or a numbered war for a name', () => {
    const r = run(
      '"You\'ll see the river," said Nora Vale. Veterans of World War II met in Oakdale.',
    );
    expect(r.entities).toEqual(expect.arrayContaining(['Person:Nora Vale', 'Location:Oakdale']));
    expect(r.entities).toHaveLength(2);
  });

  it('reads a dateline after a "(Text)" marker and a capital in a credit line', () => {
    const r = run('(Text) Brenzia, Switzerland, March 3 (AFP) -- The plane was found.');
    expect(r.entities).toContain('Location:Brenzia');
    expect(r.relations).toContain('AFP BASED_IN Brenzia');
    const c = run('PA0101 Guatemala City Radio Fenix in Spanish 0100 GMT 1 Jan 94');
    expect(c.entities).toEqual(
      expect.arrayContaining(['Location:Guatemala City', 'Organization:Radio Fenix']),
    );
  });

  it('keeps a common first word before a middle initial', () => {
    const r = run('Guy R. Fenwick, a lawyer for the firm, said the case was closed.');
    expect(r.entities).toContain('Person:Guy R. Fenwick');
  });

  it('types unknown single names by what they own and what comes before them', () => {
    expect(run("Crowds lined Marlowe's busiest street on Sunday.").entities).toContain(
      'Location:Marlowe',
    );
    expect(run('"Profits rose," said Jon Ames, Veltrix\'s chairman.').entities).toContain(
      'Organization:Veltrix',
    );
    expect(run('He died at his home in suburban Dunmore on Monday.').entities).toContain(
      'Location:Dunmore',
    );
  });
  it('takes a lone name the towns gazetteer knows for a place', () => {
    expect(run('Wetzlar was quiet on Sunday, officials said.').entities).toEqual([
      'Location:Wetzlar',
    ]);
  });
  it('keeps a place or known name whole at the start of a sentence', () => {
    const r = run(
      'New Jersey Gov. Alan Pike was greeted with praise. South Carolina voters went out.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:New Jersey', 'Location:South Carolina']),
    );
    // The governor leads the state the title is of ("Gov." is the governor's role).
    expect(r.relations).toContain('Alan Pike LEADS New Jersey');
  });

  it('takes a country inside a title phrase for what the title is of', () => {
    const r = run('Deputy U.S. Ambassador Carla Novak announced the cancellation.');
    expect(r.entities).toContain('Location:United States');
    expect(r.relations).toContain('Carla Novak MEMBER_OF United States');
  });

  it('reads a place, a date and an agency as a dateline', () => {
    const r = run('Sofia, Feb 15 (BTA) -- Today the parties met.');
    expect(r.entities).toContain('Location:Sofia');
    expect(r.relations).toContain('BTA BASED_IN Sofia');
  });
  it('keeps every word of a dateline place in capitals or before its state', () => {
    const r = run(
      'ROCK HILL, S.C. (AP) _ A fire destroyed a home. HIGH ISLAND, Texas (AP) _ Rain fell.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:ROCK HILL', 'Location:HIGH ISLAND']),
    );
    expect(r.entities).not.toContain('Location:Iceland');
    expect(run('Baton Rouge, La., was flooded.').entities).toContain('Location:Baton Rouge');
  });
  it('keeps a lone surname that opens a sentence when it speaks or has an age', () => {
    expect(run('Miller said the vote was close.').entities).toContain('Person:Miller');
    expect(run('Winter, 53, is a judge.').entities).toContain('Person:Winter');
    expect(run('Police said the man fled. Nothing is certain.').entities).toEqual([]);
  });
  it('keeps "of the", "on" and a closing "and" inside institution names', () => {
    const names = mentionTexts(
      'Officials of the Department of Health and Human Services met. He led the Federation of Farm, Dairy and Poultry Workers. The Bank of Veldora and France agreed. The Committee on Farm Policy met.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Department of Health and Human Services',
        'Federation of Farm, Dairy and Poultry Workers',
        'Bank of Veldora',
        'France',
        'Committee on Farm Policy',
      ]),
    );
  });
  it('keeps "of" inside names a trust, a chamber, an authority or an exchange heads', () => {
    const r = run(
      'The Press Trust of Veldora said the U.S. Chamber of Commerce and the Stock Exchange of ' +
        'Singapore had met the Tourism Authority of Thailand.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Press Trust of Veldora',
        'Organization:U.S. Chamber of Commerce',
        'Organization:Stock Exchange of Singapore',
        'Organization:Tourism Authority of Thailand',
      ]),
    );
    expect(r.entities).not.toContain('Location:Thailand');
    // A place after a firm's suffix stays where the firm is from.
    const f = run('Continental Grain Co of New York said it would sell the unit.');
    expect(f.entities).toContain('Location:New York');
  });

  it('splits a credit line after a town or before an outlet in capitals', () => {
    const r = run('Helsinki Radio Suomi Network in Finnish 1000 GMT 3 Mar 94');
    expect(r.relations).toContain('Radio Suomi Network BASED_IN Helsinki');
    const p = run('Moscow PRAVDA in Russian 3 Mar 94 p 1');
    expect(p.relations).toContain('PRAVDA BASED_IN Moscow');
  });
  it('keeps a given name that is also a word at the start of a sentence', () => {
    expect(run('Lee Harvey Mott shot the guard.').entities).toContain('Person:Lee Harvey Mott');
  });
  it('joins "and" inside a name that an institution head closes', () => {
    const names = mentionTexts(
      'Officials of the Arms Control and Disarmament Agency met. Israel and France agreed.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Arms Control and Disarmament Agency', 'Israel', 'France']),
    );
  });
});
