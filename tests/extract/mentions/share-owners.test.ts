import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the firm whose shares they are', () => {
  it('types the name after "shares in" or "shares of" an organisation', () => {
    expect(run('Shares in Glaxo Wellcome rose 8 pence in London.').entities).toContain(
      'Organization:Glaxo Wellcome',
    );
    expect(run('Shares of Corvane Tessel fell 3 pence.').entities).toContain(
      'Organization:Corvane Tessel',
    );
  });

  it('keeps a country a place after "stakes in"', () => {
    expect(run('Investors bought stakes in Brazil and Chile.').entities).toEqual(
      expect.arrayContaining(['Location:Brazil', 'Location:Chile']),
    );
  });
});
