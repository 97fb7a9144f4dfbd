import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("a paper's name opened by another language's article", () => {
  it('types "Le Monde" an organisation, not a person', () => {
    const r = run('Le Monde reported that the minister had resigned.');
    expect(r.entities).toContain('Organization:Le Monde');
    expect(r.entities).not.toContain('Person:Le Monde');
  });

  it('leaves a person whose surname opens with an article, named in full first, a person', () => {
    const r = run('Jean-Marie Le Pen spoke in Lyon. Le Pen said he would run again.');
    expect(r.entities).toContain('Person:Jean-Marie Le Pen');
  });
});
