import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('titles glued to names', () => {
  it('keeps a modified title inside an organisation out of the name', () => {
    const r = run(
      'On Monday, Ruritania Central Bank Vice Chairman Ivo Marek said rates would rise.',
    );
    expect(r.entities).toContain('Person:Ivo Marek');
    expect(r.entity('Ivo Marek')?.titles).toEqual(['Vice Chairman']);
  });

  it('keeps "Chancellor of the Exchequer" and "Investor" out of the name', () => {
    const r = run(
      'Chancellor of the Exchequer Tom Belden and Investor Rhoda Klemm met in Oakdale on Friday.',
    );
    expect(r.entities).toContain('Person:Tom Belden');
    expect(r.entities).toContain('Person:Rhoda Klemm');
  });

  it('keeps "Trade Representative" out of the name', () => {
    const r = run('U.S. Trade Representative Cal Yetman said talks would resume.');
    expect(r.entities).toContain('Person:Cal Yetman');
  });
});
