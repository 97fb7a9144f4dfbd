import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name closed by a head of places or groups is no person', () => {
  it('keeps "Don Kiat District" a place though it opens with a given name', () => {
    const r = run('Officials accompanied by reporters went to Don Kiat District in Loei Province.');
    expect(r.entities).toContain('Location:Don Kiat District');
    expect(r.entities).toContain('Location:Loei Province');
  });

  it('keeps a name opened by a compass word a place', () => {
    const r = run("Winds picked up speed as they moved from Southern Ruritania's deserts.");
    expect(r.entities).toContain('Location:Southern Ruritania');
  });

  it('still reads a given name and a surname as a person', () => {
    const r = run('Reporters met Ann Tolley at the Ben Arrow Hotel near Lake Osk.');
    expect(r.entities).toContain('Person:Ann Tolley');
    expect(r.entities).toContain('Location:Ben Arrow Hotel');
  });
});
