import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a company read from the tree: subject of what firms do', () => {
  it('types the subject of "sells" an organisation ("Becton Dickinson sells")', () => {
    const r = run('Halvard Trane sells farm machines in Iowa.');
    expect(r.entities).toContain('Organization:Halvard Trane');
    expect(r.entities).not.toContain('Person:Halvard Trane');
    expect(
      run('Halvorsen Tarkin bought the plant from its owners for 30 mln dlrs.').entities,
    ).toContain('Organization:Halvorsen Tarkin');
  });

  it('types the subject of a verb whose object is a profit', () => {
    expect(run('Minvox has not shown a profit since 1981.').entities).toContain(
      'Organization:Minvox',
    );
    expect(run('Halbrook Dane posted a loss of 3 mln dlrs.').entities).toContain(
      'Organization:Halbrook Dane',
    );
  });

  it('types a name that "said it will" an organisation, and one that "said he will" a person', () => {
    expect(run('Orvane Tessel said it will build a plant in Ohio.').entities).toContain(
      'Organization:Orvane Tessel',
    );
    expect(run('Orvane said he will build a plant in Ohio.').entities).toContain('Person:Orvane');
  });

  it('types a name whose shares fell an organisation', () => {
    expect(run('Orvane shares fell 3 pct on Monday.').entities).toContain('Organization:Orvane');
    // "shares" as a verb with an object of its own says nothing of a firm.
    expect(run('Tessel shares his view of the market, an aide said.').entities).not.toContain(
      'Organization:Tessel',
    );
  });

  it('leaves a person with a given name a person, whatever the verb', () => {
    const r = run('Paul Volcker said it would take time. Volcker sold the bonds.');
    expect(r.entities).toContain('Person:Paul Volcker');
  });

  it('reads no firm into an expletive "it" or a quote before the speaker', () => {
    expect(run('Orvane said it would be wrong to cut rates.').entities).toContain('Person:Orvane');
    expect(run('"It will pass quickly," Orvane said on Monday.').entities).toContain(
      'Person:Orvane',
    );
  });
});
