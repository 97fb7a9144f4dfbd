import { describe, expect, it } from 'vitest';
import { itsRole } from '../../../../src/extract/relations/rules/its-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(itsRole, text);

describe('its-role: "Acme said its chairman, X, will retire"', () => {
  it('holds a role owned by "its" at the group named as the subject above, and names itself', () => {
    const r = run('Apex Mining Corp said its chairman, Dara Venn, will retire in May.');
    expect(r.relations).toEqual(['Dara Venn LEADS Apex Mining Corp']);
    expect(r.rules).toEqual(['its-role']);
    expect(
      run('Apex Mining Corp said Dara Venn, its chief executive officer, resigned.').relations,
    ).toEqual(['Dara Venn LEADS Apex Mining Corp']);
    expect(
      run('Northwind Bank said its chairman and chief executive officer Dara Venn resigned.')
        .relations,
    ).toEqual(['Dara Venn LEADS Northwind Bank']);
  });

  it('keeps the group that speaks of its own people as a party, and marks what it says', () => {
    expect(
      run('Apex Mining Corp said Dara Venn, its chief executive officer, resigned.').marked,
    ).toEqual(['Dara Venn LEADS Apex Mining Corp asserted happened by Apex Mining Corp']);
  });

  it('reads nothing when no group is the subject above, or the noun is no role', () => {
    expect(run('Lena Ortiz said its chairman, Dara Venn, will retire.').relations).toEqual([]);
    expect(run('Apex Mining Corp said its offer to Dara Venn expired.').relations).toEqual([]);
    expect(
      run("Apex Mining Corp said Northwind Bank's chairman, Dara Venn, will retire.").relations,
    ).toEqual([]);
  });
});
