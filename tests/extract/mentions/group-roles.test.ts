import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name before a role a person holds in a group', () => {
  it('is the group, not a person', () => {
    const r = run(
      'Veltro members Ann Cole and Tom Ortz quit on Monday. Veltro will pick new leaders.',
    );
    expect(r.entities).toContain('Organization:Veltro');
    expect(r.entities).not.toContain('Person:Veltro');
    expect(run('Corbin chairman Ann Cole resigned on Monday.').entities).toContain(
      'Organization:Corbin',
    );
  });

  it('leaves a role written as a title, and a person who serves another, alone', () => {
    expect(run('Reagan aide Tom Ortz resigned on Monday.').entities).toContain('Person:Reagan');
    expect(run('Ann Cole met President Tom Ortz.').entities).toContain('Person:Ann Cole');
  });
});
