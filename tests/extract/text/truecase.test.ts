import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/extract/lexicon.js';
import { loadCaseModel, truecase } from '../../../src/extract/text/truecase.js';
import { run } from '../helpers.js';

const cased = (text: string) => truecase(text, { lex: loadLexicon(), model: loadCaseModel() });

const STORY =
  'Rebels of the Tupac Front killed mayor Anselmo Quiroga in the town of Oruvalle, ' +
  'in northern Peru, the army said today. Colonel Hernan Valdivieso said the ' +
  'rebels also attacked a police post near Lima.';

describe('truecasing', () => {
  it('gives back text of the same length that differs only in case', () => {
    for (const text of [STORY.toUpperCase(), STORY.toLowerCase()]) {
      const out = cased(text);
      expect(out).toHaveLength(text.length);
      expect(out.toLowerCase()).toBe(text.toLowerCase());
    }
  });

  it('restores countries, cities and unknown names in an all-capitals story', () => {
    const out = cased(STORY.toUpperCase());
    for (const w of ['Peru', 'Lima', 'Anselmo', 'Quiroga', 'Valdivieso']) expect(out).toContain(w);
    expect(out).toMatch(/ the army said today/);
    expect(out.startsWith('Rebels of the')).toBe(true);
  });

  it('leaves a letter whose other case has another length as it is', () => {
    const text = 'DIE STRASSE IN GIESSEN UND İZMIR WURDE GESPERRT, SAGTE DIE POLIZEI.';
    const out = cased(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain('İ');
    expect(cased('the straße of the town of gießen was closed')).toHaveLength(43);
  });

  it('leaves mixed-case text alone', () => {
    expect(cased(STORY)).toBe(STORY);
  });

  it('finds names in all-capitals and lower-case copy, with offsets and text of the original', () => {
    for (const text of [STORY.toUpperCase(), STORY.toLowerCase()]) {
      const r = run(text);
      expect(r.entities).toEqual(
        expect.arrayContaining(['Person:Anselmo Quiroga', 'Location:Peru', 'Location:Lima']),
      );
      for (const e of r.x.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const written = text === text.toUpperCase() ? 'ANSELMO QUIROGA' : 'anselmo quiroga';
      expect(r.entity('Anselmo Quiroga')?.mentions[0]?.text).toBe(written);
    }
  });

  it('keeps the original text in evidence', () => {
    const text = 'GUERRILLAS KILLED MAYOR ANSELMO QUIROGA IN LIMA, PERU, POLICE SAID.';
    const r = run(text);
    for (const rel of r.x.relations)
      expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
    expect(
      r.x.relations.every((rel) => rel.evidence.text === rel.evidence.text.toUpperCase()),
    ).toBe(true);
  });
});

describe('headlines', () => {
  it('takes headline words for names only when the story confirms them', () => {
    const text =
      'HOLDEN TAKES STAKE IN HOUSE BUILDER\n\nMarta Holden, the investor, said on Monday she ' +
      'had bought 12 percent of the builder and would seek a seat on its board.';
    const r = run(text);
    expect(r.entities).toContain('Person:Marta Holden');
    for (const noise of ['Stake', 'House', 'Builder', 'STAKE', 'HOUSE', 'HOUSE BUILDER'])
      expect(r.entities.map((e) => e.split(':')[1])).not.toContain(noise);
  });

  it('keeps a gazetteer name in a headline', () => {
    const r = run(
      'JAPAN RAISES RICE PRICES\n\nThe government in Tokyo said farmers would be paid more.',
    );
    expect(r.entities).toContain('Location:Japan');
  });

  it("takes the dateline's place as the headline's, and no dictionary word of it", () => {
    const text =
      'DOLLAR OPENS EASIER IN HAMAMATSU\n\nHAMAMATSU, April 8 - The dollar opened easier ' +
      'against major currencies on thin trading, dealers said.';
    expect(cased(text).startsWith('dollar opens easier in Hamamatsu')).toBe(true);
    const r = run(text);
    const place = r.x.entities.find((e) => e.name === 'Hamamatsu');
    expect(place?.type).toBe('Location');
    expect(place?.mentions.map((m) => m.start)).toContain(23);
    const beach = cased(
      'NEW ISSUE FOR BEACH FIRMS\n\nPALM BEACH, Fla., March 2 - The firm sold bonds, it said.',
    );
    expect(beach.slice(0, 25)).toContain('issue for beach firms');
  });

  it('reads the words before a corporate form in a headline as a firm', () => {
    const text =
      'QUELLMAR CORP <QLM> 3RD QTR LOSS\n\nDAYTON, Ohio, March 26 - Shr loss two cts vs loss ' +
      'four cts. Net loss 44,000 vs loss 85,000. Sales rose on the year, the company said.';
    expect(cased(text).startsWith('Quellmar Corp <QLM> 3rd qtr loss')).toBe(true);
    expect(run(text).entities).toContain('Organization:Quellmar Corp');
    expect(cased(`TQX SYSTEMS INC 4TH QTR NET\n\n${STORY}`).startsWith('TQX Systems Inc')).toBe(
      true,
    );
    expect(
      cased(`VELTAN (HOLDINGS) LTD <VELT.HK> YEAR NET\n\n${STORY}`).startsWith(
        'Veltan (Holdings) Ltd',
      ),
    ).toBe(true);
    // A preposition or the line's start bounds it; more than three words before the form do not.
    expect(
      cased(`TALKS WITH ZORVAN CORP FAIL\n\n${STORY}`).startsWith('talks with Zorvan Corp'),
    ).toBe(true);
    expect(
      cased(`BIG STEEL SHARES SLUMP ZORVAN CORP SAYS\n\n${STORY}`).startsWith(
        'big steel shares slump',
      ),
    ).toBe(true);
  });
});

describe('firm names before a corporate form in a story all in capitals', () => {
  it('reads "and" inside the name and stops at function words, commas and another firm', () => {
    const out = cased(
      'THE NORTHERN TOOL AND DIE CORP SAID IT AGREED TO BUY PLAIN GROCERY STORES INC. ' +
        'RATED LOWER WERE BLUE LAKE CO, RIVERTON OIL AND GAS CO AND FOXMOOR INC, ' +
        'THE AGENCY SAID. STATE-CONTROLLED <BANCO DO VERANO SA> WAS NOT RATED.',
    );
    expect(out).toContain('The Northern Tool and Die Corp said it');
    expect(out).toContain('to buy Plain Grocery Stores Inc.');
    expect(out).toContain('Blue Lake Co, Riverton Oil and Gas Co and Foxmoor Inc,');
    expect(out).toContain('<BANCO do Verano Sa>');
    expect(run(out).entities).toContain('Organization:Riverton Oil and Gas Co');
  });

  it('leaves four words before the form unread when more words go on before them', () => {
    const out = cased('ITS BIG GREEN HILL OIL AND GAS CO UNIT WAS SOLD LAST WEEK TO THE BANK.');
    expect(out).toContain('Green Hill oil and gas co unit');
  });
});

describe('acronyms in the headline of a mixed-case story', () => {
  const story =
    '\n\nLONDON, March 3 - Oil ministers of the group said output stayed within its ' +
    'ceiling in March, according to a survey of traders and shipping agents.';

  it('keeps the capitals of a group a word list knows by its acronym ("OPEC", "IBM")', () => {
    expect(cased(`OPEC SAYS OUTPUT WITHIN CEILING${story}`)).toMatch(/^OPEC says output/);
    expect(cased(`IBM, DORVEL IN CHIP PACT${story}`)).toMatch(/^IBM, dorvel in chip pact/);
  });

  it('keeps the capitals of an acronym the story spells out ("SEC", "USDA")', () => {
    const sec =
      '\n\nWASHINGTON, March 3 - The Securities and Exchange Commission said it sued Dorvel Corp.';
    expect(cased(`SEC SUES DORVEL${sec}`)).toMatch(/^SEC sues/);
    const usda =
      '\n\nWASHINGTON, March 3 - The U.S. Department of Agriculture said output would rise.';
    expect(cased(`USDA SEES HIGHER CORN CROP${usda}`)).toMatch(/^USDA sees/);
  });

  it('lowers a short word the story does not spell out ("CPI" over "consumer prices")', () => {
    const cpi =
      '\n\nWASHINGTON, March 3 - Consumer prices rose 0.4 pct, the Labor Department said.';
    expect(cased(`U.S. CPI RISES 0.4 PCT${cpi}`)).toMatch(/U\.S\. cpi rises/);
  });

  it('lowers a dictionary word or a group\'s head the table writes in capitals ("AIDS", "TV")', () => {
    expect(cased(`AIDS FOR EXPORTERS RAISED${story}`)).toMatch(/^aids for exporters/);
    expect(cased(`DORVEL TO SELL CABLE TV UNIT${story}`)).toMatch(/cable tv unit/);
  });
});

describe('the dateline place in the headline', () => {
  const body = '\n\nTOKYO, March 2 - Qtly div 36 cts vs 36 cts prior\n    Pay April one\n Reuter';

  it('confirms the place after a preposition ("IN TOKYO")', () => {
    expect(cased(`DOLLAR OPENS EASIER IN TOKYO${body}`)).toMatch(/^dollar opens easier in Tokyo/);
  });

  it('does not confirm it after "of", where a firm is named after it ("MUTUAL OF TOKYO")', () => {
    expect(cased(`MUTUAL OF TOKYO SHARES QTLY DIV${body}`)).toMatch(/^mutual of tokyo shares/);
  });
});

describe('a rarer word of the word lists in an all-capitals story', () => {
  const story =
    "A DEPUTY IN THE JUSTICE DEPARTMENT'S ANTITRUST DIVISION, MARCUS TRELL, SAID THE ISSUANCE OF NEW SHARES BY KESTREL CORP WOULD BE REVIEWED.";

  it('lowers it: "ANTITRUST", "ISSUANCE" are words, not names', () => {
    const out = cased(story);
    expect(out).toContain(' antitrust division');
    expect(out).toContain(' issuance of');
    expect(out).toContain('Marcus Trell');
  });

  it('so no person is made of it', () => {
    expect(run(story).entities).not.toContain('Person:Antitrust');
  });
});
