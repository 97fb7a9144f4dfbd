import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const deeds = (text: string) => run(text).relations.filter((x) => /ATTACKED|KILLED/.test(x));

// "striking Delta pilot X": an -ing word that describes the titled person after it is no deed.
describe('describing gerund', () => {
  it('reads no attack from "striking" before a titled name', () => {
    expect(deeds('Mary Quint met striking Delta pilot Tom Fay in Atlanta.')).toEqual([]);
    expect(deeds('Ella Dorn, the union leader, praised striking pilot Tom Fay.')).toEqual([]);
  });

  it('still reads the deed when a marker makes the -ing word a clause', () => {
    expect(deeds('John Brill was charged with striking police officer Tom Fay.')).toContain(
      'John Brill ATTACKED Tom Fay',
    );
  });
});
