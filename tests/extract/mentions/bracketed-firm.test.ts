import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('company names in angle brackets and tickers', () => {
  it('reads a bracketed name as a company, and its short form in the story too', () => {
    const r = run(
      "OSLO, March 4 - Norway's <Fjellbanken> banking group said it would sell its stake. Fjellbanken said the sale was due. Fjellbanken expects a gain.",
    );
    expect(r.entities).toContain('Organization:Fjellbanken');
    expect(r.entities).not.toContain('Person:Fjellbanken');
  });

  it('reads a bracketed full name and the short form the headline uses', () => {
    const r = run(
      'TARQUIN TO BUY FOUR JETS\n\nPERTH, March 2 - <Tarquin Airways Ltd> has ordered four jets, chairman Ned Olsen said. Olsen said Tarquin is talking to three engine makers.',
    );
    expect(r.entities).toContain('Organization:Tarquin Airways Ltd');
    expect(r.entities).toContain('Organization:Tarquin');
    expect(r.entities).toContain('Person:Ned Olsen');
  });

  it('does not end a sentence at a stop inside a bracketed name', () => {
    const r = run(
      'Holders are offering 500,000 shares. <Thos. Larkin and Sons Inc> and Vale Securities are the underwriters.',
    );
    expect(r.entities).not.toContain('Person:Thos');
    expect(r.entities.some((e) => e.startsWith('Organization:') && e.includes('Larkin'))).toBe(
      true,
    );
  });

  it('still reads a ticker as no name', () => {
    const r = run('Brindle Corp <BRDL.O> said it sold its unit.');
    expect(r.entities).toContain('Organization:Brindle Corp');
    expect(r.entities.some((e) => /BRDL/.test(e))).toBe(false);
  });

  it('types partners written with a slash before a ticker as a firm', () => {
    const r = run(
      'HOLM/KEMPER <HKP> SELLS DEBT\n\nNEW YORK, March 5 - Holm and Kemper Inc said it sold 50 mln dlrs of debt.',
    );
    expect(r.entities).not.toContain('Person:Holm');
    expect(r.entities).not.toContain('Person:Kemper');
  });

  it('types a firm by the name it gives in brackets after its ticker', () => {
    const r = run(
      'The Tamsin Shipping Co Ltd <TAMS.S> (Tamship) said its profit rose. Tamship shares eased. Tamship said it would pay a dividend.',
    );
    expect(r.entities).toContain('Organization:Tamship');
    expect(r.entities).not.toContain('Person:Tamship');
  });
});
