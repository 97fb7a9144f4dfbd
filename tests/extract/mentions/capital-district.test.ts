import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('Washington, D.C.', () => {
  it('is also a way of writing Washington, kept as its alias beside the district', () => {
    const r = run('The four were hanged in Washington, D.C. after a military trial.');
    expect(r.entities).toContain('Location:Washington');
    expect(r.entity('Washington')?.aliases).toContain('Washington, D.C.');
    expect(r.entities).toContain('Location:District of Columbia');
  });

  it('gives no other region the district as its form', () => {
    const r = run('Voters in Texas, Ohio and Washington went to the polls.');
    expect(r.entity('Texas')?.aliases ?? []).not.toContain('Texas, Ohio');
  });
});
