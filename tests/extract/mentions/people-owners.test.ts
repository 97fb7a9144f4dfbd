import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name whose possessive owns a person named in full', () => {
  it("types the team or firm an organisation ('Benetton's Jean Alesi')", () => {
    const r = run("Benetton's Jean Alesi finished second in the race.");
    expect(r.entities).toContain('Organization:Benetton');
    expect(r.entities).toContain('Person:Jean Alesi');
    expect(run("Kestrel's Graham Pollitt said the stake was an investment.").entities).toContain(
      'Organization:Kestrel',
    );
  });

  it('leaves a country, a person named in full and a title alone', () => {
    expect(run("Britain's Tony Blair spoke in London.").entities).toContain(
      'Location:United Kingdom',
    );
    expect(run("John Major's Kenneth Clarke said rates would fall.").entities).toContain(
      'Person:John Major',
    );
    expect(run("Clinton's National Security Adviser Anthony Lake said so.").entities).not.toContain(
      'Organization:Clinton',
    );
  });
});
