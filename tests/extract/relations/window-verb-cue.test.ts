import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The token-window verb cue reads the object to the right of its verb.
describe('window-verb-cue', () => {
  it('takes no name after "with" as the object: "attacked the town with Kestrel rockets"', () => {
    const r = run(
      'The Sahel Front attacked the outskirts of the town with Kestrel rockets, said Marcus Trell.',
    );
    expect(r.relations.filter((x) => x.includes('ATTACKED'))).toEqual([]);
  });

  it('still reads a named object before "with"', () => {
    const r = run('The Sahel Front attacked Port Veyra with rockets on Monday.');
    expect(r.relations).toContain('Sahel Front ATTACKED Port Veyra');
  });
});
