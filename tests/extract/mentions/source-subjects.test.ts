import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a lone word that speaks with no full name or title: a firm or a body', () => {
  it('types the subject of "said" or "reported" an organisation', () => {
    const r = run(
      'TOKYO, March 3 - Japan will cut its tariffs on beef from April. The cut will cover chilled meat. Kyodo said the cut was agreed on Monday.',
    );
    expect(r.entities).toContain('Organization:Kyodo');
    expect(r.entities).not.toContain('Person:Kyodo');
    expect(
      run(
        'Orvessa reported a rise in sales in the first quarter. Sales rose 12 pct to 40 mln dlrs. Exports grew faster than home sales.',
      ).entities,
    ).toContain('Organization:Orvessa');
  });

  it('keeps a surname after a full name or a title a person, even misspelt', () => {
    expect(
      run(
        'John Brelton, the chairman, spoke on Monday. The firm grew last year. Brelton said sales would rise again.',
      ).entities,
    ).toContain('Person:John Brelton');
    expect(
      run(
        'Mr Tesswick arrived in Paris on Monday. The talks opened at noon. Tesswick said the talks went well.',
      ).entities,
    ).toContain('Person:Tesswick');
    const r = run(
      'Halvard Crosbie arrived in Paris on Monday. The talks opened at noon. Crosibie said the talks went well.',
    );
    expect(r.entities).not.toContain('Organization:Crosibie');
  });

  it('keeps a speaker called "he" next to the name a person', () => {
    const r = run(
      'Tesswick arrived in Paris on Monday. "We will not give way," he said. Tesswick said the talks went well.',
    );
    expect(r.entities).toContain('Person:Tesswick');
  });

  it('keeps a given name a person, and reads nothing into a short text', () => {
    expect(
      run(
        'The talks opened in Paris on Monday. They went on all day. Tom said the talks went well.',
      ).entities,
    ).toContain('Person:Tom');
    expect(run('Kyodo said the cut was agreed on Monday.').entities).not.toContain(
      'Organization:Kyodo',
    );
  });
});
