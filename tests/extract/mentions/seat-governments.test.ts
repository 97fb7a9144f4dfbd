import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a town standing for the government that sits there', () => {
  it('reads "the Managua government" as an organisation and the town elsewhere as a place', () => {
    const r = run('Talks between the Managua government and the rebels in Managua failed.');
    expect(r.entities).toContain('Organization:Managua government');
    expect(r.entities).toContain('Location:Managua');
  });

  it('leaves a town without "the" before it, or without a ruling noun after it, a place', () => {
    const r = run('Managua government offices closed, and the Managua streets were empty.');
    expect(r.entities).not.toContain('Organization:Managua government');
    expect(r.entities).toContain('Location:Managua');
  });
});
