import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('fragments of names are no nodes', () => {
  it('drops a company suffix standing alone', () => {
    const r = run('The shares of Co. Inc. and Group rose, while Corp. fell in Oakdale.');
    for (const e of r.entities) expect(e).not.toMatch(/:(?:Co\.|Inc\.|Group|Corp\.|Co\. Inc\.)$/);
  });

  it('drops a lone capital letter', () => {
    const r = run('The Class B shares and the rating of B were cut, said Ann Mole.');
    expect(r.entities).not.toContain('Person:B');
    expect(r.entities).not.toContain('Organization:B');
  });

  it('keeps a head word that a gazetteer knows, and names with a head', () => {
    const r = run(
      'The Fed and the Bank of Ruritania cut rates, a Ruritania Steel Co official said.',
    );
    expect(r.entities).toContain('Organization:Federal Reserve');
    expect(r.entities).toContain('Organization:Bank of Ruritania');
    expect(r.entities).toContain('Organization:Ruritania Steel Co');
  });

  it('reads the "NOTES:" label of a results table as no name', () => {
    const r = run(
      'Orvane Corp said its profit rose.\n    Sales 3.87 billion vs 3.43 billion\n    NOTES: Operating net excludes losses of 12.1 mln dlrs.',
    );
    expect(r.entities.some((e) => /notes/i.test(e))).toBe(false);
  });
});
