import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a preposition before a name that owns the next noun', () => {
  it('is not read as saying the owner is a place', () => {
    expect(run("A suspect in Dorrance's murder was arrested in Tulsa.").entities).toContain(
      'Person:Dorrance',
    );
    expect(run("Police near Belkin's farm found the car.").entities).toContain('Person:Belkin');
  });

  it('still reads a place that owns a part of a place, and a plain object', () => {
    const r = run('The treaty was signed in Quorra on Monday.');
    expect(r.entities).toContain('Location:Quorra');
    expect(run("Fighting spread to Kandor's capital on Monday.").entities).not.toContain(
      'Person:Kandor',
    );
  });
});
