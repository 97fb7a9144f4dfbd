import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-credit pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-credit']),
  });
  const name = (i: number) => clusters[i]?.name ?? '?';
  return found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

// Datelines: the wire service a story credits and the place it files from.
describe('window-credit', () => {
  it('reads a service in brackets after the dateline', () => {
    expect(run('BANGKOK, Thailand (AP) _ Floods cut the main road north.')).toEqual([
      'AP BASED_IN Bangkok',
      'AP BASED_IN Thailand',
    ]);
  });

  it('reads a service in capitals before the dash of a dated dateline', () => {
    expect(run('(Text) Moscow April 25 TASS -- Floods cut the main road north.')).toEqual([
      'TASS BASED_IN Moscow',
    ]);
  });

  it('reads no group written in lower case before the dash', () => {
    expect(run('Paris 1990 Total -- the company said sales rose.')).toEqual([]);
  });

  it('reads a place and outlet at the head of a credit line, after its serial too', () => {
    expect(run('Lima RADIO PANAMERICANA in Spanish 1200 GMT 12 Mar 94')).toEqual([
      'RADIO PANAMERICANA BASED_IN Lima',
    ]);
    expect(
      run('Talks Resume PA1203104594 Lima RADIO PANAMERICANA in Spanish 1200 GMT 12 Mar 94'),
    ).toEqual(['RADIO PANAMERICANA BASED_IN Lima']);
  });

  it('reads no place and outlet inside a sentence', () => {
    expect(
      run('The rating agency said the exchange would make Tulsa NRM a stronger company.'),
    ).toEqual([]);
  });
});
