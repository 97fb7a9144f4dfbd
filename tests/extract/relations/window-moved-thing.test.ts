import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const moves = (text: string) => run(text).relations.filter((x) => /ORDERED|DEPLOYED_TO/.test(x));

// What a mover verb orders or sends: a force reached through "of" or "from", not a
// name inside a phrase of some other thing, nor a thing a participle describes.
describe('window-moved-thing: only forces are ordered or sent', () => {
  it('orders no group named inside a phrase of what is ordered', () => {
    expect(moves('Ivo Stan ordered a rise in pay for U.S. military staff in Europe.')).toEqual([]);
  });

  it('still orders a force reached through "of" and "from", and sends it', () => {
    const found = moves(
      'The Norland Defense Ministry ordered a brigade of soldiers from the 3rd Armored Division to Veyra.',
    );
    expect(found).toContain('Norland Defense Ministry ORDERED 3rd Armored Division');
    expect(found).toContain('3rd Armored Division DEPLOYED_TO Veyra');
  });

  it('sends no speaker where a thing it mentions was sent', () => {
    expect(
      moves("Ruiz said a telex sent to Chile's 450 creditors seeks support for new loans."),
    ).toEqual([]);
  });

  it('still bases a firm a participle after a noun describes', () => {
    expect(
      run('Acme Corp, a privately held firm based in Tulsa, reported a profit.').relations,
    ).toContain('Acme Corp BASED_IN Tulsa');
  });
});
