import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('an institution named by its kind after "in the"', () => {
  it('types "the High Court" an organisation, not a place', () => {
    const r = run('The union said it would fight the ruling in the High Court.');
    expect(r.entities).toContain('Organization:High Court');
    expect(r.entities).not.toContain('Location:High Court');
    const s = run('Shareholders plan to contest the takeover in the High Court.');
    expect(s.entities).toContain('Organization:High Court');
  });

  it('leaves a district named "Court" without an article a place', () => {
    const r = run('She lives near Earls Court in London.');
    expect(r.entities).toContain('Location:Earls Court');
  });
});
