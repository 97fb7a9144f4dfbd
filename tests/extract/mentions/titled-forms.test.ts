import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a person written with a title', () => {
  it('keeps the titled form, with the place the title is of, as an alias', () => {
    const r = run('Dorr bore a grudge against Nevada Gov. Alton Mirefield and said so.');
    const p = r.entity('Alton Mirefield');
    expect(p?.type).toBe('Person');
    expect(p?.aliases).toContain('Nevada Gov. Alton Mirefield');
    expect(p?.titles).toContain('Gov.');
    // The place is still a node of its own.
    expect(r.entities).toContain('Location:Nevada');
  });

  it('keeps a title of several words', () => {
    const r = run('He will portray Chief Justice Amos Brandell in the film.');
    expect(r.entity('Amos Brandell')?.aliases).toContain('Chief Justice Amos Brandell');
  });

  it('adds nothing to a name written without a title', () => {
    const r = run('Alton Mirefield said the state would appeal.');
    expect(r.entity('Alton Mirefield')?.aliases ?? []).toEqual([]);
  });
});
