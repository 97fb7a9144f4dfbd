import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { DEFAULTS as TAGGED } from '../../../src/extract/mentions/tagged-names.js';
import { run } from '../helpers.js';

/** The rules' Organization votes of the mention written `name` in `text`. */
function orgVotes(text: string, name: string): number | undefined {
  for (const s of readMentions(text))
    for (const m of s.mentions) if (m.text === name) return m.votes.Organization;
  return undefined;
}

describe('an acronym before a noun of its staff', () => {
  it('is an organisation the entity tagger may not doubt away, however rare its letters', () => {
    const r = run('XQT spokesman Allan Ferrow said Wednesday that the valve was tested.');
    expect(r.entities).toContain('Organization:XQT');
    expect(r.entities).toContain('Person:Allan Ferrow');
    // Votes at the tagger's keep level: a tagger that never saw the letters cannot drop it.
    expect(orgVotes('XQT spokesman Allan Ferrow said so.', 'XQT')).toBeGreaterThanOrEqual(
      TAGGED.keepVotes,
    );
    expect(orgVotes('It was built by KRV engineers.', 'KRV')).toBeGreaterThanOrEqual(
      TAGGED.keepVotes,
    );
  });

  it("reads agents, troops and members as a group's staff", () => {
    const r = run('Police said DVQ agents left the house before ZLM guerrillas arrived.');
    expect(r.entities).toContain('Organization:DVQ');
    expect(r.entities).toContain('Organization:ZLM');
    expect(orgVotes('Two XRT members met in the capital.', 'XRT')).toBeGreaterThanOrEqual(
      TAGGED.keepVotes,
    );
    expect(orgVotes('Two XRT came to the capital.', 'XRT') ?? 0).toBeLessThan(TAGGED.keepVotes);
  });

  it('is not read from an acronym alone, a common noun in capitals or a gazetteer acronym', () => {
    expect(orgVotes('It was built by KRV in March.', 'KRV')).toBeLessThan(TAGGED.keepVotes);
    expect(orgVotes('Then TV reporter Jane Moss asked about it.', 'TV') ?? 0).toBeLessThan(
      TAGGED.keepVotes,
    );
    const r = run('U.S. officials said the talks with Tarn Holdings would resume.');
    expect(r.entities).toContain('Location:United States');
    expect(r.entities.filter((e) => e.startsWith('Organization:U'))).toEqual([]);
  });
});
