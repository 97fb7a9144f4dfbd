import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('Washington, D.C.', () => {
  it('is one place, the city, with no node for the district', () => {
    const r = run('The four were hanged in Washington, D.C. after a military trial.');
    expect(r.entities).toContain('Location:Washington, D.C.');
    expect(r.entities).not.toContain('Location:District of Columbia');
    expect(r.entities).not.toContain('Location:Washington');
    // The district's coordinates, not the state's.
    expect(r.entity('Washington, D.C.')?.geo?.lat).toBeCloseTo(38.9, 0);
  });

  it('leaves another place before ", D.C." its own name and the district its node', () => {
    const r = run('The shop opened in Georgetown, D.C., last spring.');
    expect(r.entities).toContain('Location:Georgetown');
    expect(r.entities).toContain('Location:District of Columbia');
  });
});
