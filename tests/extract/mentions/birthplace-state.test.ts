import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a birthplace written with its state', () => {
  it('is one place: the town, with "Town, ST" as its alias, and no node for the state', () => {
    const r = run('In 1905, the actor Hank Dorwell was born in Grand Island, Neb.');
    expect(r.entities).toContain('Location:Grand Island');
    expect(r.entities).not.toContain('Location:Nebraska');
    expect(r.entity('Grand Island')?.aliases).toContain('Grand Island, Neb.');
  });

  it('reads "Born <date>, in Town, State" and a country after the town', () => {
    const r = run('Marta Quill: Born July 14, 1913, in Omaha, Neb., she moved west at ten.');
    expect(r.entities).toContain('Location:Omaha');
    expect(r.entities).not.toContain('Location:Nebraska');
    const s = run('Lajos Feher, born in Budapest, Hungary, built the first receiver.');
    expect(s.entities).toContain('Location:Budapest');
    expect(s.entities).not.toContain('Location:Hungary');
  });

  it('keeps the state a place of its own where nobody is born there', () => {
    const r = run('The trial of Dell Harmon opened in Livingston, Texas, on Monday.');
    expect(r.entities).toContain('Location:Livingston');
    expect(r.entities).toContain('Location:Texas');
    const s = run('Born in 1950, Ray Tolland moved to Lubbock, Texas, in 1970.');
    expect(s.entities).toContain('Location:Texas');
  });
});
