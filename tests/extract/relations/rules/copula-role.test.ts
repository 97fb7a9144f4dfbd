import { describe, expect, it } from 'vitest';
import { copulaRole } from '../../../../src/extract/relations/rules/copula-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(copulaRole, text);

describe('copula-role: "A is the head of B"', () => {
  it('gives the subject of a role noun predicate the role at what it is of', () => {
    const r = run('Tom Reed was a professor at Oakdale University.');
    expect(r.relations).toEqual(['Tom Reed WORKS_FOR Oakdale University']);
    expect(r.rules).toEqual(['copula-role']);
    expect(run('Tom Reed is the director of the Brisko Foundation.').relations).toEqual([
      'Tom Reed LEADS Brisko Foundation',
    ]);
  });

  it('marks "is not a spokesman for" negated, and "may be" possible', () => {
    const r = run('Tom Reed is not a spokesman for Acme Corp.');
    expect(r.relations).toEqual([]);
    expect(r.negated).toEqual(['Tom Reed WORKS_FOR Acme Corp.']);
    expect(run('Tom Reed may be a lawyer for Acme Corp.').marked).toEqual([
      'Tom Reed WORKS_FOR Acme Corp. asserted possible',
    ]);
  });

  it('attributes a reported role to its speaker, who holds no role', () => {
    expect(run('Ana Pell said Tom Reed is a spokesman for Acme Corp.').marked).toEqual([
      'Tom Reed WORKS_FOR Acme Corp. asserted happened by Ana Pell',
    ]);
  });

  it('reads no role noun that is not a predicate, nor a name that is no person', () => {
    expect(run('A spokesman for Acme Corp. met Tom Reed.').relations).toEqual([]);
    expect(run('France is a member of the Harbor League.').relations).toEqual([]);
  });
});
