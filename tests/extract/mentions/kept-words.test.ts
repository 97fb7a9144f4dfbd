import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a group word inside a name before its head: "the Long-Term Credit Bank of Japan"', () => {
  it('keeps "Credit" in the bank\'s name, so the person works for that bank, not another', () => {
    const r = run(
      '"Prices will fall," said Jane Roe, an economist for the Long-Term Credit Bank of Japan Ltd.',
    );
    expect(r.entities).toContain('Organization:Long-Term Credit Bank of Japan Ltd.');
    expect(r.entities).not.toContain('Organization:Bank of Japan Ltd.');
    expect(r.relations).toContain('Jane Roe WORKS_FOR Long-Term Credit Bank of Japan Ltd.');
  });

  it('keeps it before other heads too: "the Farm Credit Council"', () => {
    expect(run('Ann Lowry, chief executive of the Farm Credit Council, spoke.').entities).toContain(
      'Organization:Farm Credit Council',
    );
  });

  it('does not open a name with it: "Photo Credit Bank of Ohio"', () => {
    expect(run('Photo Credit Bank of Ohio').entities).not.toContain(
      'Organization:Photo Credit Bank of Ohio',
    );
  });
});
