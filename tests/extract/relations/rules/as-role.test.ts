import { describe, expect, it } from 'vitest';
import { asRole } from '../../../../src/extract/relations/rules/as-role.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(asRole, text);

describe('as-role: "X resigned as president of Y"', () => {
  it('gives the subject of a verb of holding a post the role after "as", and names itself', () => {
    const r = run('Dara Venn resigned as president of Apex Mining Corp. on Monday.');
    expect(r.relations).toEqual(['Dara Venn LEADS Apex Mining Corp.']);
    expect(r.rules).toEqual(['as-role']);
    expect(
      run('Dara Venn, who served as director of Apex Mining Corp., said prices would rise.')
        .relations,
    ).toEqual(['Dara Venn LEADS Apex Mining Corp.']);
  });

  it('gives the role to the object of "hired", the passive subject, and the subject of "succeed"', () => {
    expect(
      run('The bank hired Dara Venn as an economist at Delta Drilling Inc. in May.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Delta Drilling Inc.']);
    expect(
      run('Dara Venn was hired as chief economist of Apex Mining Corp. in May.').relations,
    ).toEqual(['Dara Venn WORKS_FOR Apex Mining Corp.']);
    expect(run('Dara Venn will succeed Tom Reed as chairman of Apex Mining Corp.').marked).toEqual([
      'Dara Venn LEADS Apex Mining Corp. asserted planned',
    ]);
  });

  it('gives no post from a verb that only describes', () => {
    expect(
      run('Tom Reed described Dara Venn as a spokesman for Apex Mining Corp.').relations,
    ).toEqual([]);
    expect(
      run('Dara Venn was mentioned as a possible director of Apex Mining Corp.').relations,
    ).toEqual([]);
  });

  it('reads the negation on the verb', () => {
    expect(run('Dara Venn did not resign as president of Apex Mining Corp.').negated).toEqual([
      'Dara Venn LEADS Apex Mining Corp.',
    ]);
  });

  it('holds a post that names no group at the group that reports it', () => {
    expect(run('Corvane Industries Inc said Dara Venn resigned as president.').relations).toEqual([
      'Dara Venn LEADS Corvane Industries Inc',
    ]);
    expect(
      run('Corvane Industries Inc said Dara Venn will succeed Tomas Ruiz as president.').relations,
    ).toEqual(['Dara Venn LEADS Corvane Industries Inc']);
    expect(run('Halvard Corp hired Dara Venn as chief economist.').relations).toEqual([
      'Dara Venn WORKS_FOR Halvard Corp',
    ]);
  });

  it('gives none when a person reports it, or a group that does not report it is nearer', () => {
    expect(run('Tomas Ruiz said Dara Venn resigned as president.').relations).toEqual([]);
    expect(
      run(
        'Corvane Industries Inc said Halvard Corp was sold after Dara Venn resigned as president.',
      ).relations,
    ).toEqual([]);
  });
});
