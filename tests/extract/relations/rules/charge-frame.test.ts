import { describe, expect, it } from 'vitest';
import { chargeFrame } from '../../../../src/extract/relations/rules/charge-frame.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(chargeFrame, text);

describe('charge-frame: "X was charged with murder in the slaying of Y"', () => {
  it('gives a deed named deep in a charge to the one charged, as an allegation', () => {
    const r = run('Ralph Denning was charged with murder in the slaying of Tom Astley.');
    expect(r.marked).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged']);
    expect(r.rules).toEqual(['charge-frame']);
    expect(
      run('Ralph Denning faces three counts of first-degree murder for the slayings of Tom Astley.')
        .marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged']);
    expect(
      run('Ralph Denning was indicted on a charge of conspiracy to murder Tom Astley.').marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged']);
  });

  it('states the deed of a sentence, and takes the owner of a killing as the one killed', () => {
    expect(
      run("Ralph Denning was sentenced to life in prison for Tom Astley's murder.").marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted happened']);
  });

  it('reads a death under a charge as a killing, and passes a charge that names no one', () => {
    expect(
      run('Ralph Denning was convicted of first-degree murder in the death of Tom Astley.').marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted happened']);
    expect(
      run(
        'Ralph Denning was sentenced in March for his conviction on murder charges in the slaying of Tom Astley.',
      ).marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted happened']);
  });

  it('reads an attack the same way', () => {
    expect(
      run('Ralph Denning was charged with the bombing of the Acme Corp. offices.').marked,
    ).toEqual(['Ralph Denning ATTACKED Acme Corp. asserted alleged']);
  });

  it('denies the deed of an acquittal or of a charge not brought', () => {
    expect(
      run('Ralph Denning was acquitted of murder in the slaying of Tom Astley.').negated,
    ).toEqual(['Ralph Denning KILLED Tom Astley']);
    expect(run('Ralph Denning was not charged in the slaying of Tom Astley.').negated).toEqual([
      'Ralph Denning KILLED Tom Astley',
    ]);
  });

  it('asserts nothing where the charge noun is denied', () => {
    expect(
      run('A jury found Ralph Denning not guilty of murder in the slaying of Tom Astley.')
        .relations,
    ).toEqual([]);
  });

  it('draws nothing for an attempt or for a deed that is only the time of an arrest', () => {
    expect(
      run('Ralph Denning was charged with the attempted murder of Tom Astley.').marked,
    ).toEqual([]);
    expect(run('Ralph Denning was arrested after the killing of Tom Astley.').marked).toEqual([]);
  });

  it('draws nothing across a clause with a subject of its own', () => {
    expect(
      run('Ralph Denning was charged because Ann Kemp saw the killing of Tom Astley.').marked,
    ).toEqual([]);
  });

  it('gives the deed of a charge in a relative clause to the name the clause describes', () => {
    expect(
      run('Ralph Denning, who was charged in the slaying of Tom Astley last year, remains in jail.')
        .marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged']);
  });

  it('keeps the speaker who reports the charge', () => {
    expect(
      run('Ann Kemp said Ralph Denning was charged with murder in the slaying of Tom Astley.')
        .marked,
    ).toEqual(['Ralph Denning KILLED Tom Astley asserted alleged by Ann Kemp']);
  });
});
