import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm named after a person, named in full each time', () => {
  it("types the name an organisation when what it does is a firm's", () => {
    const r = run(
      'Morgan Hartley said it would cut 200 jobs in London. Morgan Hartley said on Friday its profit rose.',
    );
    expect(r.entities).toContain('Organization:Morgan Hartley');
    expect(r.entities).not.toContain('Person:Morgan Hartley');
  });

  it('leaves a person named by the surname later, or saying "he", or with one reading', () => {
    const a = run('Mary Hartley said it would rise. Hartley said it would cut jobs.');
    expect(a.entities).toContain('Person:Mary Hartley');
    const b = run('Ted Hartley said he would go. Ted Hartley said it would grow.');
    expect(b.entities).toContain('Person:Ted Hartley');
    const c = run('John Hartley said it would rain. John Hartley said it would be fine.');
    expect(c.entities).toContain('Person:John Hartley');
  });
});
