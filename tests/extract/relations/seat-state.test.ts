import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// "Acme Corp. of Dayton, Ohio": a group whose seat is written as a town with its state is
// based in the state too, and the edge says which rule carried it there.
describe('seat-state', () => {
  it('carries the seat a group is named with to the state written after the town', () => {
    const r = run(
      'The contract went to Halvorsen Pump Co. of Klamath Falls, Ore., the lowest bidder.',
    );
    expect(r.relations).toContain('Halvorsen Pump Co. BASED_IN Klamath Falls');
    expect(r.marked).toContain('Halvorsen Pump Co. BASED_IN Oregon seat-state asserted happened');
  });

  it('reads "based in" and "headquartered in" as a seat', () => {
    expect(
      run('Kelso Savings Bank, a thrift based in Yakima, Wash., said profit rose.').relations,
    ).toContain('Kelso Savings Bank BASED_IN Washington');
    expect(
      run('Dunmore Mills Inc, headquartered in Lowell, Mass., said sales fell.').relations,
    ).toContain('Dunmore Mills Inc BASED_IN Massachusetts');
  });

  it('gives no state to a unit a verb posts in a town', () => {
    const r = run('The 9th Signal Brigade, stationed at Fort Hood, Texas, left for Kuwait.');
    expect(r.relations).not.toContain('9th Signal Brigade BASED_IN Texas');
  });

  it('gives no state to a wire service from its dateline', () => {
    const r = run('BEND, Ore. (AP) _ Orrin Valve Co. said it would cut 40 jobs.');
    expect(r.marked.filter((x) => x.includes('seat-state'))).toEqual([]);
  });

  it('does not take the state of a list of towns', () => {
    const r = run('Orrin Valve Co. of Bend and Medford, Ore., said it would cut 40 jobs.');
    expect(r.relations).not.toContain('Orrin Valve Co. BASED_IN Oregon');
  });
});
