import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a lone word a body’s voice speaks for: a firm or a body', () => {
  it('types the object of "a spokesman for" or "an official of" an organisation', () => {
    const r = run(
      'TOKYO, March 3 - Japan will cut its tariffs on beef. The cut will cover chilled meat. A spokesman for Keidanren said the cut was welcome.',
    );
    expect(r.entities).toContain('Organization:Keidanren');
    expect(r.entities).not.toContain('Person:Keidanren');
    expect(
      run(
        'Output of tin fell in March. Prices rose on Monday. An official of Vestrol said output would fall again.',
      ).entities,
    ).toContain('Organization:Vestrol');
  });

  it('keeps a surname after a full name, a title or "he" a person', () => {
    expect(
      run(
        'Senator Halvard Tesswick spoke on Monday. The talks opened at noon. A spokesman for Tesswick said the talks went well.',
      ).entities,
    ).not.toContain('Organization:Tesswick');
    expect(
      run(
        'Talks opened on Monday. He wants a deal soon. A spokesman for Tesswick said the talks went well.',
      ).entities,
    ).not.toContain('Organization:Tesswick');
    // A surname a gazetteer knows stays a person.
    expect(
      run(
        'Talks opened on Monday. The deal is near. A spokesman for Reagan said the talks went well.',
      ).entities,
    ).not.toContain('Organization:Reagan');
  });

  it('reads nothing into a name after another noun', () => {
    expect(
      run(
        'Talks opened on Monday. The deal is near. A letter for Tesswick said the talks went well.',
      ).entities,
    ).not.toContain('Organization:Tesswick');
  });
});
