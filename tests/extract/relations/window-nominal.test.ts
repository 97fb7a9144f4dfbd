import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-nominal pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-nominal']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "X ... the murder of Y": the subject before a killing noun is its killer only when
// a word between says so; one who condemns or investigates a murder did not commit it.
describe('window-nominal', () => {
  it('makes the sentenced, the serving and the linked subject the killer', () => {
    expect(run('Tom Reed was sentenced to life for the murder of Ana Pell.')).toEqual([
      'Tom Reed KILLED Ana Pell',
    ]);
    expect(
      run('Tom Reed, who is serving 30 years for the slaying of Ana Pell, lost an appeal.'),
    ).toEqual(['Tom Reed KILLED Ana Pell']);
    expect(
      run('A witness statement links Tom Reed to the 1990 assassination of Ana Pell.'),
    ).toEqual(['Tom Reed KILLED Ana Pell']);
  });

  it('does not make one who condemns, investigates or answers a murder its killer', () => {
    expect(run('President Tom Reed condemned the murder of judge Ana Pell.')).toEqual([]);
    expect(run('Tom Reed is leading the investigation of the murder of Ana Pell.')).toEqual([]);
    expect(run("Tom Reed attributed Ana Pell's murder to the rebels.")).toEqual([]);
  });

  it('reads no killing into an attempted one', () => {
    expect(run('Tom Reed was charged with the attempted murder of Ana Pell.')).toEqual([]);
  });

  it('still reads "the murder of Y by X"', () => {
    expect(run('Police described the murder of Ana Pell by Tom Reed.')).toEqual([
      'Tom Reed KILLED Ana Pell',
    ]);
  });
  it('gives the deed to the name a phrase after "a" stands beside', () => {
    expect(
      run("Tom Reed, a Christian Arab, was sentenced to death for Ana Pell's murder."),
    ).toEqual(['Tom Reed KILLED Ana Pell']);
  });

  it('takes no killer after "by" from across a place preposition', () => {
    expect(
      run('The killing of aid worker Ana Pell by militiamen in Ituri drew condemnation.'),
    ).toEqual([]);
    expect(run('The killing of Ana Pell by Tom Reed shocked the town.')).toEqual([
      'Tom Reed KILLED Ana Pell',
    ]);
  });
});
