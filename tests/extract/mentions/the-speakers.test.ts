import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the speakers: a name after "the" that makes a statement is a group', () => {
  it('keeps papers named by English words as organisations', () => {
    const r = run(
      'LONDON 1996-12-06\nThe Times said on Sunday the minister would resign. ' +
        'The Independent quoted officials as saying the talks had failed.',
    );
    expect(r.entities).toContain('Organization:Times');
    expect(r.entities).toContain('Organization:Independent');
    expect(r.entities).not.toContain('Person:Independent');
  });

  it('reads the name as the subject of the verb, also inside the sentence', () => {
    const r = run('Officials denied what the Post reported on Sunday about the deal.');
    expect(r.entities).toContain('Organization:Post');
  });

  it('leaves titles, generic heads, families and parties alone', () => {
    const r = run(
      'The President said he would go. The Commission said it would act. ' +
        'The Smiths said they were happy. The Democrats said they would fight.',
    );
    expect(r.entities).not.toContain('Organization:President');
    expect(r.entities).not.toContain('Organization:Commission');
    expect(r.entities).not.toContain('Organization:Smiths');
    expect(r.entities).not.toContain('Organization:Democrats');
  });

  it('needs a statement: a name after "the" that does something else is left to the models', () => {
    const r = run('The Independent candidate lost the seat.');
    expect(r.entities).not.toContain('Organization:Independent');
  });
});
