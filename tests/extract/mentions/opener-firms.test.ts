import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("a common word that opens a firm's name at a sentence's start", () => {
  it('keeps "United" and "Continental" in the firm before "said"', () => {
    expect(run('United Tessaly said it would buy the unit.').entities).toContain(
      'Organization:United Tessaly',
    );
    expect(run('Continental Airlines said it would cut fares.').entities).toContain(
      'Organization:Continental Airlines',
    );
  });

  it('keeps a place a place and a title out of a name', () => {
    expect(run('United States officials said the talks would resume.').entities).toContain(
      'Location:United States',
    );
    expect(run('First Lady Hillary Clinton said she would travel.').entities).toContain(
      'Person:Hillary Clinton',
    );
  });
});

describe('a foreign agency', () => {
  it('types "Agence France-Presse" and "Agencia Efe" organisations, not people', () => {
    expect(run('Agence France-Presse said three people died.').entities).toContain(
      'Organization:Agence France-Presse',
    );
    expect(run('Agencia Efe said the attack killed two.').entities).toContain(
      'Organization:Agencia Efe',
    );
  });
});
