import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The mention written `name` in `text`, as the rules typed it. */
function mention(text: string, name: string) {
  for (const s of readMentions(text)) for (const m of s.mentions) if (m.text === name) return m;
  return undefined;
}

describe('a subject set off before "based in" a place', () => {
  it('is a company, which the learned passes may not make a person', () => {
    const text = 'Hartwell, based in Fenwick, Ga., makes towels and shirts.';
    const m = mention(text, 'Hartwell');
    expect(m?.firm).toBe(true);
    expect(m && m.votes.Organization > m.votes.Person).toBe(true);
    expect(
      mention('The Quillan Group, headquartered in Delft, sold the unit.', 'Quillan Group')?.firm,
    ).toBe(true);
    const r = run(text);
    expect(r.entities).toContain('Organization:Hartwell');
    expect(r.relations).toContain('Hartwell BASED_IN Fenwick');
  });

  it('leaves a person with a given name or a title, and a name in mid-sentence', () => {
    expect(mention('Ann Cole, based in Nairobi, wrote the report.', 'Ann Cole')?.firm).toBe(
      undefined,
    );
    expect(mention('Dr. Hartwell, based in Fenwick, led the team.', 'Hartwell')?.firm).toBe(
      undefined,
    );
    expect(
      mention('The report quoted Hartwell, based in Fenwick, at length.', 'Hartwell')?.firm,
    ).toBe(undefined);
    expect(run('Ann Cole, based in Nairobi, wrote the report.').entities).toContain(
      'Person:Ann Cole',
    );
  });
});
