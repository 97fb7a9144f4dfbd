import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A dateline says where a story is filed from: no one of its first sentence
// lives there and no organisation of it is based there because of it.
describe('relations across a dateline', () => {
  it('does not make the person of the first sentence live in the dateline city', () => {
    const r = run(
      "NEW YORK, March 13 - President Brandt's legal adviser said the President could not recall when he approved the sale, the Merrivale Times reported.",
    );
    expect(r.relations.filter((x) => x.includes('New York'))).toEqual([]);
  });

  it('does not base the organisation of the first sentence in the dateline city', () => {
    const r = run(
      'WASHINGTON, Feb 26 - Treasury balances at the Federal Reserve rose on Feb 25 to 4.151 billion dlrs from 2.727 billion dlrs the previous business day.',
    );
    expect(r.relations.filter((x) => x.includes('Washington'))).toEqual([]);
  });

  it('relates the dateline city to its state, and no one of the sentence to either', () => {
    const r = run(
      'SPRINGFIELD, Ill., March 6 - Farm Secretary Tomas Brandt of the Grain Board said exports would fall.',
    );
    expect(r.relations).toContain('Springfield LOCATED_IN Illinois');
    const others = r.relations.filter((x) => /Springfield|Illinois/.test(x));
    expect(others).toEqual(['Springfield LOCATED_IN Illinois']);
  });

  it('keeps the dateline town in its state when the sentence names the state again', () => {
    const r = run(
      'MERRIVALE, Calif., March 16 - Dunmore Holdings Inc said its unit, Dunmore Holdings of California, bought a plant.',
    );
    expect(r.relations).toContain('Merrivale LOCATED_IN California');
    expect(r.relations.filter((x) => /^Dunmore Holdings Inc \w+ Merrivale$/.test(x))).toEqual([]);
  });

  it('does not put the dateline state in its town when the sentence names the town again', () => {
    const r = run(
      'MERRIVALE, Calif., March 3 - Dunmore Inc said it will sell its test products division, located in Merrivale.',
    );
    expect(r.relations).not.toContain('California LOCATED_IN Merrivale');
  });

  it('keeps a relation to the same place when the sentence names it again', () => {
    const r = run('MERRIVALE, March 6 - Tomas Brandt, who lives in Merrivale, resigned.');
    expect(r.relations).toContain('Tomas Brandt LIVES_IN Merrivale');
  });

  it('keeps the wire service of a dateline based where it files from', () => {
    const r = run('KARBALA, Iraq (AP) _ Pilgrims filled the shrine on Friday.');
    expect(r.relations.map((x) => x.toLowerCase())).toContain('ap based_in karbala');
  });

  it('reads "U.S. (USTR) Trade Representative X" as no dateline: X keeps the United States', () => {
    const r = run('U.S. (USTR) Trade Representative Lena Ortiz arrived in Tokyo on Monday.');
    expect(r.relations.filter((x) => /^Lena Ortiz \w+ United States$/.test(x))).toHaveLength(1);
  });
});
