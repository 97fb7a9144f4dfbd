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
    // A hotel is a business: an organisation, as a prison or a depository is an institution.
    expect(r.entities).toContain('Organization:Ben Arrow Hotel');
  });

  it('makes hotels, motels, prisons and depositories organisations, not places', () => {
    const r = run(
      'He was shot at the Corvel Motel and is held at Tarrow State Prison, near the Elm Street Book Depository.',
    );
    expect(r.entities).toContain('Organization:Corvel Motel');
    expect(r.entities).toContain('Organization:Tarrow State Prison');
    expect(r.entities).toContain('Organization:Elm Street Book Depository');
  });
});
