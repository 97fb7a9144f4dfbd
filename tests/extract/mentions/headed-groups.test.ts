import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name an organisation head closes is not doubted away', () => {
  it('keeps a national army before its units and troops', () => {
    expect(run('Syrian Army units shelled the town on Tuesday.').entities).toContain(
      'Organization:Syrian Army',
    );
    expect(run('Polish Army troops crossed the river.').entities).toContain(
      'Organization:Polish Army',
    );
  });

  it('keeps a society named with its nationality', () => {
    const r = run('The Turkish Red Crescent Society sent tents.');
    expect(r.entities).toContain('Organization:Turkish Red Crescent Society');
  });

  it('makes no group of a head alone or of common words', () => {
    const r = run('Army units shelled the town, and the society sent tents.');
    expect(r.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });

  it('makes no group of a common noun written with capitals', () => {
    const r = run(
      'Please find attached a worksheet for a Master Firm contract for the counterparty.',
    );
    expect(r.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
    const shout = run('GREAT Store GREAT Service! I love this store.');
    expect(shout.entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });

  it('keeps a publisher a firm where its context reads like a place', () => {
    const r = run('He worked for 20 years at Tarvel Press, as a writer and as editor.');
    expect(r.entities).toContain('Organization:Tarvel Press');
    // A head of places keeps its place.
    expect(run('He lived for 20 years at Tarvel County as a farmer.').entities).toContain(
      'Location:Tarvel County',
    );
  });
});
