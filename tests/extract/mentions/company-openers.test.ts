import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a company name cut short', () => {
  it('keeps "First" in a name closed by a company suffix, at the start of a sentence', () => {
    const r = run('First Merrow Capital Markets Corp. said it would buy the bonds.');
    expect(r.entities).toContain('Organization:First Merrow Capital Markets Corp.');
  });

  it('keeps "First" in the middle of a sentence', () => {
    const r = run('Shares of First Calder Corp. rose, analysts said.');
    expect(r.entities).toContain('Organization:First Calder Corp.');
  });

  it('leaves "First" out where no company suffix closes the name', () => {
    const r = run('First Anna Kestrel spoke, and then the others did.');
    expect(r.entities).toContain('Person:Anna Kestrel');
  });

  it('keeps a common word opening a sentence when a corporate form closes the name', () => {
    const r = run('Beta Corp said it opened an office in Denver on Monday.');
    expect(r.entities).toContain('Organization:Beta Corp');
    const s = run('Pioneer Ltd. said its profit rose.');
    expect(s.entities).toContain('Organization:Pioneer Ltd.');
  });

  it('does not make a name of a sentence opener before a suffix that is a word', () => {
    const r = run('Several Partners met in Denver on Monday.');
    expect(r.entities.some((e) => e.includes('Several'))).toBe(false);
  });

  it('keeps a common word opening a name of three words or more under an organisation head', () => {
    const r = run('Sun Tak Wing Properties, a Hong Kong construction firm, bought the site.');
    expect(r.entities).toContain('Organization:Sun Tak Wing Properties');
    expect(r.entities).not.toContain('Organization:Tak Wing Properties');
  });

  it("keeps a month that opens a firm's name, not a date before a firm", () => {
    const r = run('Shares of May Dorval Stores Co rose. In May Acme Vantor Corp said sales rose.');
    expect(r.entities).toContain('Organization:May Dorval Stores Co');
    expect(r.entities).toContain('Organization:Acme Vantor Corp');
    expect(r.entities).not.toContain('Organization:May Acme Vantor Corp');
  });

  it('reads dotted initials before a name as initials, not a suffix: "S.A. Healy Co."', () => {
    const r = run(
      'OSHA filed charges against the S.A. Trelloway Co. of McCook, Ill., the contractor.',
    );
    expect(r.entities).toContain('Organization:S.A. Trelloway Co.');
  });

  it("keeps a month after a dateline's dash, not a date's day", () => {
    const r = run(
      'ST. LOUIS, April 9 - May Dorval Stores Co said sales for March rose 3.5 pct to ' +
        '885 mln dlrs. DALLAS, April 9 - May 12 is the date Acme Vantor Corp picked.',
    );
    expect(r.entities).toContain('Organization:May Dorval Stores Co');
    expect(r.entities).not.toContain('Organization:Dorval Stores Co');
    expect(r.entities).toContain('Organization:Acme Vantor Corp');
  });

  it('closes a headline firm opened by a month or "First" with its ticker', () => {
    const may = run(
      'MAY DORVAL <MDV> MARCH SALES RISE 3.5 PCT\n\nST. LOUIS, April 9 - May Dorval Stores Co ' +
        'said sales for March rose 3.5 pct.',
    );
    // The headline's short form joins the firm the story names in full.
    expect(may.entities).toContain('Organization:May Dorval Stores Co');
    expect(may.entity('May Dorval Stores Co')?.mentions).toHaveLength(2);
    expect(may.entities).not.toContain('Organization:Dorval');
    const first = run(
      'FIRST OHIO <FOH> TO LAUNCH NEW CARD\n\nCOLUMBUS, June 29 - First Ohio Bancorp said it ' +
        'will add a card to its line, the bank said.',
    );
    expect(first.entities.some((e) => e.startsWith('Organization:First Ohio'))).toBe(true);
    expect(first.entities).not.toContain('Location:Ohio');
  });

  it('keeps a word kept from names inside a firm its suffix closes: "Anitec Image Technology Inc"', () => {
    const r = run(
      'BINGHAMTON, N.Y., March 3 - Velmar Image Technology Inc said it filed a registration ' +
        'statement. Velmar said the proceeds will be used for acquisitions.',
    );
    expect(r.entities).toContain('Organization:Velmar Image Technology Inc');
    expect(r.entities).not.toContain('Organization:Technology Inc');
    expect(r.entities).not.toContain('Person:Velmar');
  });

  it('does not open a name with such a word: "Photo Credit Reuters"', () => {
    const r = run('Photo Credit Reuters. Click Here Corp said it would buy the unit.');
    expect(r.entities).not.toContain('Organization:Click Here Corp');
  });
});
