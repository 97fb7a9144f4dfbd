import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

/** Every edge of a text as "Source TYPE Target". */
function edges(text: string): string[] {
  const ext = extract({ id: 't', text, hash: 'h' });
  const name = new Map(ext.entities.map((e) => [e.id, e.name]));
  return ext.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
}

describe('one standing tie per pair of names in a sentence', () => {
  it('keeps the post a title names over a home read from the same words', () => {
    const out = edges(
      'Prime Minister Ahmed Jalil of Pakistan told reporters the talks would go on.',
    );
    expect(out).toContain('Ahmed Jalil LEADS Pakistan');
    expect(out).not.toContain('Ahmed Jalil LIVES_IN Pakistan');
  });

  it('keeps the post a role word names over a bare "X of Y" read from the same words', () => {
    const out = edges('joan keefe, president of the university of vermont, lives in shelburne.');
    expect(out).toContain('Joan Keefe LEADS University of Vermont');
    expect(out).not.toContain('Joan Keefe WORKS_FOR University of Vermont');
  });

  it('keeps ties of one name to two different names', () => {
    const out = edges(
      'Mayor Linda Harrow of Dayton, Ohio, said the city would hire 40 more officers.',
    );
    expect(out).toContain('Linda Harrow LEADS Dayton');
    expect(out).toContain('Dayton LOCATED_IN Ohio');
  });
});
