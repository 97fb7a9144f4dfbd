import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the-company: "the company" stands for the one group named before', () => {
  it('reads "the company" as the firm the sentence before names, and names itself and the sentence', () => {
    const r = run(
      'Tarrow Widget Corp said on Monday it would close two plants. The company, based in Dallas, employs 400 people.',
    );
    expect(r.relations).toContain('Tarrow Widget Corp BASED_IN Dallas');
    const e = r.x.relations.find((x) => x.type === 'BASED_IN');
    expect(e?.evidence.rule).toMatch(/^the-company\+/);
    // The evidence runs from the sentence that names the firm to the one that states it.
    expect(e?.evidence.text).toMatch(/^Tarrow Widget Corp said/);
    expect(e?.evidence.text).toMatch(/employs 400 people\.$/);
  });

  it('reads it as an object too ("joined the company")', () => {
    const r = run(
      'Tarrow Widget Corp said on Monday it named Lena Ostrova president. Ostrova joined the company in 1984 as treasurer.',
    );
    expect(
      r.marked.some((m) => /^Lena Ostrova WORKS_FOR Tarrow Widget Corp the-company\+/.test(m)),
    ).toBe(true);
  });

  it('reads nothing when the sentences before name two groups', () => {
    const r = run(
      'Tarrow Widget Corp said on Monday it would buy Pellan Tool Inc for cash. The company, based in Dallas, employs 400 people.',
    );
    expect(r.relations.filter((x) => x.endsWith('BASED_IN Dallas'))).toEqual([]);
  });

  it('reads nothing when a word after the noun makes it another group, or inside a quotation', () => {
    expect(
      run(
        'Tarrow Widget Corp said on Monday it would close two plants. The company that bought them is based in Dallas.',
      ).relations,
    ).not.toContain('Tarrow Widget Corp BASED_IN Dallas');
    expect(
      run(
        'Tarrow Widget Corp said on Monday it would close two plants. "The company, based in Dallas, will survive," a rival said.',
      ).relations,
    ).not.toContain('Tarrow Widget Corp BASED_IN Dallas');
  });

  it('reads "the bank" only as a group whose name says it is a bank', () => {
    expect(
      run(
        'Harwell Savings Bank said profits rose sharply. The bank, based in Tulsa, has 12 branches.',
      ).relations,
    ).toContain('Harwell Savings Bank BASED_IN Tulsa');
    expect(
      run(
        'Tarrow Widget Corp said profits rose sharply. The bank, based in Tulsa, has 12 branches.',
      ).relations,
    ).not.toContain('Tarrow Widget Corp BASED_IN Tulsa');
  });
});
