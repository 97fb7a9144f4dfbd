import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

/** The work relations a text asserts (WORKS_FOR, LEADS, MEMBER_OF). */
const work = (text: string) =>
  run(text).relations.filter((r) => / (WORKS_FOR|LEADS|MEMBER_OF) /.test(r));

// A firm named after its partners ("Walsh, Hartley and Brandt") is one name: no
// relation holds with one partner's word of it.
describe('firm partners: no work relation with one word of a firm named for its partners', () => {
  it('ties an analyst to no partner of the firm, first or last', () => {
    const found = work(
      '"Demand is weak," said Dana Whitmore, an analyst at Walsh, Hartley and Brandt.',
    );
    expect(found).not.toContain('Dana Whitmore WORKS_FOR Walsh');
    expect(found).not.toContain('Dana Whitmore WORKS_FOR Brandt');
    expect(
      work('"Demand is weak," said Dana Whitmore, economist at brokerage house Walsh and Hartley.'),
    ).not.toContain('Dana Whitmore WORKS_FOR Walsh');
  });

  it('keeps the firm of one name, and an apposition after a one-word group', () => {
    expect(work('"Demand is weak," said Dana Whitmore, an analyst at Gray Securities.')).toContain(
      'Dana Whitmore WORKS_FOR Gray Securities',
    );
    expect(
      work("Ruth Crane of the GAO, Congress' investigative arm, said the plan was flawed."),
    ).toContain('Ruth Crane WORKS_FOR GAO');
  });
});
