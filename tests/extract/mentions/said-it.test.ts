import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name that speaks of itself as "it"', () => {
  it('types "X said it would invest" and "X said on Friday its sales fell" organisations', () => {
    expect(run('Dalvorra said it would invest $1 billion in Poland.').entities).toContain(
      'Organization:Dalvorra',
    );
    expect(run('Renquist said on Friday its sales fell 4 percent.').entities).toContain(
      'Organization:Renquist',
    );
  });

  it('leaves what anyone says of "it" and a person named in full alone', () => {
    expect(run('Dalvorra said it would be wrong to sell the farm.').entities).not.toContain(
      'Organization:Dalvorra',
    );
    const r = run('Paul Kessler, a lawyer, spoke on Monday. Kessler said it would take years.');
    expect(r.entities).toContain('Person:Paul Kessler');
  });
});
