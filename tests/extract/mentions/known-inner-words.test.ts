import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a lower-case word inside a place the gazetteer knows whole', () => {
  it('joins "Dar es Salaam" and "Trinidad and Tobago" into one place', () => {
    const a = run('The ship docked at Dar es Salaam on Monday, port officials said.');
    expect(a.entities).toContain('Location:Dar Es Salaam');
    expect(a.entities.some((e) => e.endsWith(':Salaam'))).toBe(false);
    const b = run('Oil output in Trinidad and Tobago rose last year, the ministry said.');
    expect(b.entities).toContain('Location:Trinidad and Tobago');
  });

  it('does not join two names the gazetteer does not know together', () => {
    const { entities } = run('Output in Kenya and Tanzania rose last year, the bank said.');
    expect(entities).toContain('Location:Kenya');
    expect(entities).toContain('Location:Tanzania');
  });
});
