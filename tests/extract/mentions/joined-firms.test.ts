import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a lone word joined by "and" to a firm’s name: a firm', () => {
  it('types the partner of an organisation an organisation, on either side', () => {
    const r = run(
      'LONDON, March 3 - Bond clearing grew fast last year. Euroclear and Cedel SA intend to link their systems. Fees will fall.',
    );
    expect(r.entities).toContain('Organization:Euroclear');
    expect(r.entities).not.toContain('Person:Euroclear');
    expect(
      run(
        'LONDON, March 3 - Bond clearing grew fast last year. Cedel SA and Euroclear intend to link their systems. Fees will fall.',
      ).entities,
    ).toContain('Organization:Euroclear');
  });

  it('keeps a person named in full, by a known surname, or called "he", a person', () => {
    expect(
      run(
        'Halvard Tesswick bought shares last year. Tesswick and Cedel SA signed a deal on Monday. Fees will fall.',
      ).entities,
    ).not.toContain('Organization:Tesswick');
    expect(
      run('Fees fell last year. Reagan and Cedel SA signed a deal on Monday. Fees will fall again.')
        .entities,
    ).not.toContain('Organization:Reagan');
    expect(
      run(
        'Fees fell last year. Tesswick and Cedel SA signed a deal on Monday. He said fees will fall.',
      ).entities,
    ).not.toContain('Organization:Tesswick');
  });

  it('reads nothing into two lone words with no firm between them', () => {
    expect(
      run(
        'LONDON, March 3 - Bond clearing grew fast last year. Euroclear and Cedel intend to link their systems. Fees will fall.',
      ).entities,
    ).not.toContain('Organization:Euroclear');
  });
});
