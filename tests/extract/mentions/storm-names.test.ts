import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('storms are no people', () => {
  it('drops "Hurricane Orla" and her given name alone later in the story', () => {
    const r = run(
      'Hurricane Orla hit the coast near Tampa on Friday. Orla weakened over land, Dale Crummey of the weather service said.',
    );
    expect(r.entities.some((e) => /Orla/.test(e))).toBe(false);
    expect(r.entities).toContain('Person:Dale Crummey');
    expect(r.entities).toContain('Location:Tampa');
    const t = run('Tropical Storm Bertram flooded Houston, and Bertram moved north.');
    expect(t.entities.some((e) => /Bertram/.test(e))).toBe(false);
  });

  it('keeps a person who shares the name, and a person near the word "storm"', () => {
    const r = run(
      'Orla Kiely opened a shop in Dublin. The political storm Crummey faced passed, Crummey said.',
    );
    expect(r.entities).toContain('Person:Orla Kiely');
    expect(r.entities).toContain('Person:Crummey');
  });
});
