import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { run } from './helpers.js';

describe('an all-capitals dateline names the same place as the body', () => {
  it('writes "SAN MATEO, Calif., March 3 -" as San Mateo, with the capitals as an alias', () => {
    const r = run('SAN MATEO, Calif., March 3 - Orvane Widgets Inc said it will sell its unit.');
    const place = r.entity('San Mateo');
    expect(place?.type).toBe('Location');
    expect(place?.aliases).toContain('SAN MATEO');
    expect(r.entities).not.toContain('Location:SAN MATEO');
  });

  it('merges the dateline city with the body city in one entity', () => {
    const r = run(
      'SAN MATEO, Calif., March 3 - Orvane Widgets Inc said it will close its plant in San Mateo next year.',
    );
    expect(r.entities.filter((e) => e === 'Location:San Mateo')).toHaveLength(1);
  });

  it('gives one node, named in normal case, to a dateline story and a body mention', () => {
    const a = extract({
      id: 'a.txt',
      hash: 'a',
      text: 'SAN MATEO, Calif., March 3 - Orvane Widgets Inc said it will sell its unit.',
    });
    const b = extract({
      id: 'b.txt',
      hash: 'b',
      text: 'Tessel Corp said it opened an office in San Mateo, California, on Monday.',
    });
    const g = buildGraph([a, b]);
    const names: string[] = [];
    g.forEachNode((_k, attrs) => {
      if (String(attrs.name).toLowerCase() === 'san mateo') names.push(String(attrs.name));
    });
    expect(names).toEqual(['San Mateo']);
  });

  it('reads a dateline on the line under an all-capitals headline ("AKRON, Ohio, March 3 -")', () => {
    const r = run(
      'GENCORP SAYS BOARD REJECTS OFFER\nAKRON, Ohio, March 3 - Orvane Inc said its board rejected the offer.',
    );
    expect(r.entity('Akron')?.type).toBe('Location');
    expect(r.entities).not.toContain('Location:AKRON');
  });

  it('reads "MANCHESTER, England 1996-12-06" as Manchester', () => {
    const r = run('SOCCER - RESULTS.\nMANCHESTER, England 1996-12-06\nThe match was called off.');
    expect(r.entity('Manchester')?.type).toBe('Location');
  });

  it('reads a dateline whose state is in capitals too ("TROY, MICH., Feb 26 -")', () => {
    const r = run(
      'ORVANE SETS OFFER\n\nTROY, MICH., Feb 26 - Orvane Inc said it registered an offering.',
    );
    expect(r.entity('Troy')?.type).toBe('Location');
    expect(r.entities).not.toContain('Location:TROY');
  });
});
