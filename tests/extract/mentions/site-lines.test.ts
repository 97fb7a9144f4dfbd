import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a site listed alone on its line with its town and state', () => {
  it('is a place, not the group its head names', () => {
    const r = run('Marlow Reserve Center, Greenfield, Mo.;');
    expect(r.entities).toContain('Location:Marlow Reserve Center');
    expect(r.entities).not.toContain('Organization:Marlow Reserve Center');
    expect(
      run('Kettle Creek Flood Channel, Greenfield, Calif.; and Bayfield, Texas.').entities,
    ).toContain('Location:Kettle Creek Flood Channel');
  });

  it('leaves a company by its form, a person, and a centre in running text alone', () => {
    expect(run('Marlow Tool Corp., Greenfield, Mo.;').entities).toContain(
      'Organization:Marlow Tool Corp.',
    );
    expect(run('Ann Cole, Greenfield, Mo.;').entities).toContain('Person:Ann Cole');
    expect(
      run('The Marlow Research Center, Greenfield, Mo., hired Ann Cole on Monday.').entities,
    ).not.toContain('Location:Marlow Research Center');
  });
});
