import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a place whose own name opens with "The"', () => {
  it('keeps "The" in mid-sentence and after a bracketed note', () => {
    expect(run('The talks in The Hague ended on Friday.').entities).toEqual(['Location:The Hague']);
    expect(run('(Text) The Hague, 9 Feb -- Pilots are to be sent.').entities).toContain(
      'Location:The Hague',
    );
  });

  it('leaves "The" out of a place named without it', () => {
    expect(run('Officials of The United States met on Friday.').entities).toEqual([
      'Location:United States',
    ]);
  });
});
