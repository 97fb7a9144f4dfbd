import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a firm named for its trade (tradeHeads)', () => {
  it('types a name its trade closes as a company, not a person', () => {
    const r = run('Garnet Software of Seattle hired 50 programmers.');
    expect(r.entities).toContain('Organization:Garnet Software');
    expect(r.entities).not.toContain('Person:Garnet Software');
    expect(r.relations).toContain('Garnet Software BASED_IN Seattle');
    expect(run('Tarrant Bancshares of Fort Worth agreed to buy a bank.').entities).toContain(
      'Organization:Tarrant Bancshares',
    );
  });

  it('finds a chemicals or publishing firm before "of" and its town', () => {
    const r = run('Perrin Chemicals of Akron, Ohio, cut 200 jobs.');
    expect(r.entities).toContain('Organization:Perrin Chemicals');
    expect(r.relations).toContain('Perrin Chemicals BASED_IN Akron');
    expect(run('Corvin Publishing of Boston printed the book.').entities).toContain(
      'Organization:Corvin Publishing',
    );
  });

  it('types a company of the arts as a group, not a place or a person', () => {
    expect(run('The singers left the Harbin Opera after a tour of Europe.').entities).toContain(
      'Organization:Harbin Opera',
    );
    expect(run('The Dresvik Philharmonic played in Oslo last night.').entities).toContain(
      'Organization:Dresvik Philharmonic',
    );
  });

  it('keeps a firm named after a country a firm, not a place', () => {
    const r = run('China Software lost five cents to 8.60 dlrs.');
    expect(r.entities).toContain('Organization:China Software');
    expect(r.entities).not.toContain('Location:China Software');
    const s = run('Trading was suspended in shares of Norcap and Kenya Engineering.');
    expect(s.entities).toContain('Organization:Kenya Engineering');
  });

  it('makes no node of a trade word alone', () => {
    const r = run('He was named president of Chemicals and Plastics, the largest unit.');
    expect(r.entities).not.toContain('Organization:Chemicals');
    expect(run('The Opera was full on Saturday.').entities).toEqual([]);
  });
});
