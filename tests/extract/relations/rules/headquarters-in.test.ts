import { describe, expect, it } from 'vitest';
import { headquartersIn } from '../../../../src/extract/relations/rules/headquarters-in.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(headquartersIn, text);

describe('headquarters-in: "Acme has its headquarters in Denver"', () => {
  it('bases a group where its seat is, and names itself', () => {
    const r = run('Apex Mining Corp. has its headquarters in Denver.');
    expect(r.relations).toEqual(['Apex Mining Corp. BASED_IN Denver']);
    expect(r.rules).toEqual(['headquarters-in']);
  });

  it('reads "whose", a place before the seat noun, and a verb that moves it', () => {
    expect(
      run('Apex Mining Corp., whose headquarters are in Denver, said prices would rise.').relations,
    ).toEqual(['Apex Mining Corp. BASED_IN Denver']);
    expect(run('Apex Mining Corp. said prices rose at its Denver office.').relations).toEqual([
      'Apex Mining Corp. BASED_IN Denver',
    ]);
    expect(run('Apex Mining Corp. moved its headquarters to Denver in 1980.').relations).toEqual([
      'Apex Mining Corp. BASED_IN Denver',
    ]);
  });

  it('takes a group named on the seat noun itself, before it or after its "of"', () => {
    expect(run('Tom Reed spoke at Apex Mining Corp. headquarters in Denver.').relations).toEqual([
      'Apex Mining Corp. BASED_IN Denver',
    ]);
    expect(run('The note was read out at the Apex Press bureau in Beirut.').relations).toEqual([
      'Apex Press BASED_IN Beirut',
    ]);
    expect(run('The Denver office of Apex Mining Corp. will close.').relations).toEqual([
      'Apex Mining Corp. BASED_IN Denver',
    ]);
  });

  it('reads a branch as a seat: "the Denver branch of Acme", "its Denver branch"', () => {
    expect(
      run(
        'Officials said analysts at the Denver branch of the Halvorsen Institute were testing the samples.',
      ).relations,
    ).toEqual(['Halvorsen Institute BASED_IN Denver']);
    expect(run('Halvorsen Bank said its Denver branch would close.').relations).toEqual([
      'Halvorsen Bank BASED_IN Denver',
    ]);
    expect(run('Halvorsen Bank has no branch in Denver.').relations).toEqual([]);
  });

  it('bases no group whose seat names no place', () => {
    expect(
      run('The head of the Apex Mining Corp. office said Denver would not be hit.').relations,
    ).toEqual([]);
  });

  it('bases no one without an owner, nor at a place a seat is only taken to', () => {
    expect(run('Tom Reed drove the headquarters staff to Denver.').relations).toEqual([]);
    expect(run('Apex Mining Corp. sent its headquarters staff to Denver.').relations).toEqual([]);
  });

  it('keeps the group a party when it speaks of its own seat', () => {
    expect(run('Apex Mining Corp. said its headquarters in Denver would close.').marked).toEqual([
      'Apex Mining Corp. BASED_IN Denver asserted happened by Apex Mining Corp.',
    ]);
  });
});
