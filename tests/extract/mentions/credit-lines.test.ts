import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the source line of a monitoring report or wire credit', () => {
  it('names the place and the outlet that files from it', () => {
    // A city that is also a given name stands first on its own line.
    expect(run('Sofia ZVN').entities).toEqual(['Location:Sofia', 'Organization:ZVN']);
    expect(run('The Hague KLP').entities).toEqual(['Location:The Hague', 'Organization:KLP']);
    const r = run('QX1204232594 Rio de Janeiro O DIARIO NOVO in Portuguese 23 Apr 94 p 8');
    expect(r.entities).toContain('Organization:O DIARIO NOVO');
    expect(r.entities.some((e) => e.startsWith('Location:Rio'))).toBe(true);
    expect(r.entities).toHaveLength(2);
  });

  it('keeps a channel number and capital words in the outlet', () => {
    expect(
      run('WS2204094594 Kiev TK-3 Television Network in Ukrainian 0500 GMT 22 Apr 94').entities,
    ).toEqual(['Location:Kiev', 'Organization:TK-3 Television Network']);
    expect(run('London Kanal-9 Television').entities).toEqual([
      'Location:London',
      'Organization:Kanal-9 Television',
    ]);
    expect(run('Madras THE DAILY LAMP in English 7 May 94 p 13').entities).toEqual([
      'Location:Madras',
      'Organization:THE DAILY LAMP',
    ]);
  });

  it("splits a line of five words or more that an outlet's head closes", () => {
    expect(run('Tunis Carthage Republic Radio Network').entities).toEqual([
      'Location:Tunis',
      'Organization:Carthage Republic Radio Network',
    ]);
    // A line that a person's name closes is no credit line.
    expect(run('New York Stock Exchange Chairman Ann Velde').entities).not.toContain(
      'Location:New York',
    );
  });

  it('files the outlet in the place', () => {
    expect(run('Athens I NEA ORA in Greek 20 May 94 p 5').relations).toContain(
      'I NEA ORA BASED_IN Athens',
    );
  });

  it('is not read from a sentence that goes on, or from a name in mixed case alone', () => {
    const r = run('Paris Wexley said the talks would resume.');
    expect(r.entities).not.toContain('Location:Paris');
    expect(run('London Bridge').entities).not.toContain('Organization:Bridge');
    expect(run('Moscow officials said nothing.').entities).toEqual(['Location:Moscow']);
  });

  it('is not read from a headline in capitals, where every word is shouted', () => {
    for (const headline of [
      'OSLO TIMBER 1100 - MARCH 3 spruce 412/418',
      'NORWAY SAYS NORTH SEA OUTPUT 0VER 3 MLN BPD',
      'U.S. CHIP MAKERS WARY of NEW RULES ON EXPORTS',
    ]) {
      const r = run(headline);
      expect(r.relations.filter((x) => x.includes('BASED_IN'))).toEqual([]);
      expect(r.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
    }
    // The place in mixed case, the outlet in capitals: a credit.
    expect(run('Oslo NTB').relations).toContain('NTB BASED_IN Oslo');
  });

  it('names the agency of a dateline, bracketed or not', () => {
    expect(
      run('Moscow March 5 (ZNA-TASS) -- Leading newspapers printed the speech.').entities,
    ).toContain('Organization:ZNA-TASS');
    expect(run('(Text) Sofia, February 15 (KVT) -- The two main forces met.').entities).toContain(
      'Organization:KVT',
    );
    expect(run('Moscow April 25 ZVASS -- Measurements were taken.').entities).toContain(
      'Organization:ZVASS',
    );
    // The day before the month, after a place of two words.
    expect(run('Guatemala City, 29 April (ZNX) -- The talks resumed.').entities).toContain(
      'Organization:ZNX',
    );
  });

  it('reads no agency from a dateline without one', () => {
    expect(run('BAHRAIN, March 3 - Oil prices rose.').entities).toEqual(['Location:Bahrain']);
    // A city's whole name with a particle, in capitals, is one place ("DE JANEIRO" no outlet).
    const rio = run('RIO DE JANEIRO 1996-12-08\n\nOil prices rose on Sunday.').entities;
    expect(rio.map((e) => e.toLowerCase())).toEqual(['location:rio de janeiro']);
  });
});
