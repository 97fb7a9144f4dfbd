import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('its owners: a name "its" stands for is a firm', () => {
  it('keeps and types a firm named by a common word that acts on what "its" owns', () => {
    const r = run(
      'In Texas, BP shut its refinery and Marathon shut its 72,000 barrels per day plant.',
    );
    expect(r.entities).toContain('Organization:Marathon');
    expect(run('Analysts said Shell raised its prices in Europe.').entities).toContain(
      'Organization:Shell',
    );
  });

  it('leaves people, places and pieces of longer names alone', () => {
    expect(run('Analysts said Smith raised his prices in Europe.').entities).not.toContain(
      'Organization:Smith',
    );
    const r = run('Poland says U.S. Sanctions have cost its economy 15 billion dlrs.');
    expect(r.entities).not.toContain('Organization:Sanctions');
    expect(run('Officials said Denver raised its taxes last year.').entities).toContain(
      'Location:Denver',
    );
  });
});
