import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('an acronym keeps the capitals the document writes it in', () => {
  it('names the entity "FDA", not a word list\'s "Fda", headline and body alike', () => {
    const r = run(
      'FDA CLEARS NEW CLOTTING DRUG FROM VELMORA\n\nWASHINGTON, March 3 - The FDA said ' +
        'it cleared a clotting drug made by Velmora Inc. The FDA said the drug is safe.',
    );
    expect(r.entities).toContain('Organization:FDA');
    expect(r.entities).not.toContain('Organization:Fda');
  });

  it('keeps a word list\'s form where the text is in capitals throughout ("OPEC")', () => {
    const r = run(
      'VIENNA, March 3 - OPEC ministers will meet in June, Ecuador said. OPEC output rose.',
    );
    expect(r.entities).toContain('Organization:OPEC');
    expect(r.entities).not.toContain('Organization:Opec');
  });

  it('still gives a curated name its own form ("U.S." is the United States)', () => {
    const r = run('The U.S. and Japan signed a pact on chips in Tokyo, officials said.');
    expect(r.entities).toContain('Location:United States');
  });
});

describe("a dateline place whose word the headline uses in a firm's name", () => {
  it('is still the dateline\'s place ("MUTUAL OF OMAHA ... OMAHA, Neb.")', () => {
    const r = run(
      'MUTUAL OF OMAHA INTEREST SHARES <MUO> QTLY DIV\n\nOMAHA, Neb., March 2 - Qtly div ' +
        '36 cts vs 36 cts prior\n    Pay April one\n    Record March 13\n Reuter',
    );
    expect(r.entities).toContain('Location:Omaha');
    // Only the dateline's mention: the headline's "OMAHA" is inside a firm's name.
    expect(r.entity('Omaha')?.mentions).toHaveLength(1);
  });
});
