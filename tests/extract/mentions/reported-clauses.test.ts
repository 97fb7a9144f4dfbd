import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/extract/extract.js';
import { run } from '../helpers.js';

/** The mention written `name` in `text`, as the rules typed it. */
function mention(text: string, name: string) {
  for (const s of readMentions(text)) for (const m of s.mentions) if (m.text === name) return m;
  return undefined;
}

describe('a closing clause that names its source after a comma', () => {
  it('is no appositive: its noun does not type the name before the comma', () => {
    const m = mention(
      'A fire burned near the city of Marsden, the state Department of Forestry reported.',
      'Marsden',
    );
    expect(m?.votes.Organization).toBe(0);
    expect(
      mention('Troops shelled Kelbrook, the ministry said Monday.', 'Kelbrook')?.votes.Organization,
    ).toBe(0);
    expect(
      run('A fire burned near the city of Marsden, the state Department of Forestry reported.')
        .entities,
    ).toContain('Location:Marsden');
  });

  it('keeps the appositive of a name, also when a relative clause reports', () => {
    expect(
      mention('Tollan, a firm that said it lost money, closed.', 'Tollan')?.votes.Organization,
    ).toBeGreaterThan(5);
    expect(
      mention('He met Velmar, a company based in Delft.', 'Velmar')?.votes.Organization,
    ).toBeGreaterThan(5);
  });
});
