import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('an appositive whose noun is followed by a participle', () => {
  it('types the name by the noun before the participle', () => {
    expect(run('Kelso, a retired teacher living in Ohio, sued the city.').entities).toContain(
      'Person:Kelso',
    );
    expect(run('Dellworth Fasteners, a firm based in Tulsa, cut 40 jobs.').entities).toContain(
      'Organization:Dellworth Fasteners',
    );
  });

  it('reads on past a participle used as an adjective', () => {
    expect(run('Marvent Dross, a growing firm, cut 40 jobs.').entities).toContain(
      'Organization:Marvent Dross',
    );
  });
});
