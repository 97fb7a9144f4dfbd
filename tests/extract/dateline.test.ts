import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('all-capitals datelines', () => {
  it('reads the words before "March 3 -" as a place, in Title case', () => {
    const r = run(
      'KARAGANDA, March 3 - Miners at the Vostok pit went on strike, a union leader said.',
    );
    expect(r.entities).toContain('Location:Karaganda');
    expect(r.entity('Karaganda')?.mentions[0]?.text).toBe('KARAGANDA');
  });

  it('reads the word before an ISO date as a place', () => {
    const r = run('MERRIVALE 1996-12-05 Harbour workers unloaded the first grain ship in weeks.');
    expect(r.entities).toContain('Location:Merrivale');
  });

  it('reads an unknown town before a country of several words and an ISO date as a place', () => {
    const r = run('CRICKET - INDIA WIN\n\nKORVALA, Sri Lanka 1996-12-06\n\nIndia won on Friday.');
    expect(r.entities.map((e) => e.toLowerCase())).toContain('location:korvala');
    expect(r.entities.some((e) => e.startsWith('Organization:'))).toBe(false);
  });

  it('keeps a dateline of a known country a place', () => {
    const r = run('BAHRAIN, March 3 - Oil ministers of the region met on Tuesday.');
    expect(r.entities).toContain('Location:Bahrain');
  });

  it('does not take an all-capitals word before a lower-case word for a dateline', () => {
    const r = run('NOTE, the figures below are provisional and were revised in April.');
    expect(r.entities.filter((e) => e.startsWith('Location:'))).toEqual([]);
  });
});
