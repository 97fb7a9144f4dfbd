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
});
