import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a group named for an event', () => {
  it('is the group, not the event, when a head of groups opens an "of" or "for"', () => {
    const r = run('Jane Roe, a candidate for the Party of the Popular Revolution, won 9 percent.');
    expect(r.entities).toContain('Organization:Party of the Popular Revolution');
    expect(run('He chairs the Front for the Democratic Revolution now.').entities).toContain(
      'Organization:Front for the Democratic Revolution',
    );
  });

  it('leaves an event without such a head an event', () => {
    const r = run('Jane Roe wrote a book on the Velvet Revolution and the Battle of the Bulge.');
    expect(r.entities).toEqual(['Person:Jane Roe']);
  });
});
