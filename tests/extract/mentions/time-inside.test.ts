import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a time word inside a name its head closes', () => {
  it('keeps "Day" inside the name of a committee', () => {
    const r = run('Owen Pell, president of the Harvest Day Committee, said the fair would go on.');
    expect(r.entities).toContain('Organization:Harvest Day Committee');
    expect(r.entities).not.toContain('Organization:Harvest');
  });

  it('still ends a name at a weekday or a lone time word', () => {
    const r = run('Governor Tom Beck Wednesday named a Harvest Day speaker.');
    expect(r.entities.some((e) => /Beck Wednesday/.test(e))).toBe(false);
    expect(r.entities.some((e) => /Harvest Day/.test(e))).toBe(false);
  });
});
