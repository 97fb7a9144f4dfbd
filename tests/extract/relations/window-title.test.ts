import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-title pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-title']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// "Iranian President X", "Acme Chairman X": a title and its owner before a name.
describe('window-title', () => {
  it('reads a head of state as leading the country', () => {
    expect(run('Norwegian President Tove Lind opened the session.')).toEqual([
      'Tove Lind LEADS Norway',
    ]);
  });

  it('gives a second in command membership of a country, not its lead', () => {
    expect(run('Norwegian Vice President Tove Lind opened the session.')).toEqual([
      'Tove Lind MEMBER_OF Norway',
    ]);
    expect(run("Norway's Deputy Prime Minister Tove Lind opened the session.")).toEqual([
      'Tove Lind MEMBER_OF Norway',
    ]);
  });

  it('gives a second in command work at a body', () => {
    expect(run('Kesterton Bank Vice Chairman Anna Kroll spoke on Monday.')).toEqual([
      'Anna Kroll WORKS_FOR Kesterton Bank',
    ]);
  });

  it('reads "Gov." as the governor it abbreviates: the state\'s head, not only a resident', () => {
    expect(run('New Mexico Gov. Pete Sandoval said the state would appeal.')).toEqual([
      'Pete Sandoval LEADS New Mexico',
    ]);
  });
});
