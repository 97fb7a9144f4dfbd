import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a given name before a place head that is also a surname', () => {
  it('makes "Lila Marsh", "Tom Hall" and "Ann Field" people', () => {
    const r = run('One of the lawyers, Lila Marsh of Denver, confirmed the deal.');
    expect(r.entities).toContain('Person:Lila Marsh');
    const s = run('The report was written by Tom Hall and Ann Field of the museum.');
    expect(s.entities).toContain('Person:Tom Hall');
    expect(s.entities).toContain('Person:Ann Field');
  });

  it('keeps places whose head is no surname, or whose first word is no given name', () => {
    const r = run('Floods reached Morgan City before the concert at Carnegie Hall was called off.');
    expect(r.entities).toContain('Location:Morgan City');
    expect(r.entities).toContain('Location:Carnegie Hall');
  });
});
