import { describe, expect, it } from 'vitest';
import { SEPARATORS, textRows } from '../../../src/store/neo4j/text-rows.js';

interface Row {
  key: string;
  count: number;
  names: string[] | null;
  offsets: number[];
}

const rows = textRows<Row>({ key: 'text', count: 'int', names: 'texts', offsets: 'ints' });
const [F, I] = SEPARATORS;

/** What Cypher's split gives, and what the rewritten reads make of it (as the statements do). */
function decode(line: string, [field, item]: [string, string]): Row {
  const f = line.split(field);
  const list = (s: string) => (s === '' ? null : s.split(item).slice(1));
  return {
    key: f[0] as string,
    count: Number(f[1]),
    names: list(f[2] as string),
    offsets: (list(f[3] as string) ?? []).map(Number),
  };
}

describe('rows sent as one string each', () => {
  it('joins fields and list items, a list marked so that [""] is not []', () => {
    const { lines, sep } = rows.encode([
      { key: 'Person:ada', count: 3, names: ['Ada', 'Ada B.'], offsets: [0, 17] },
      { key: 'Person:bo', count: 1, names: [''], offsets: [] },
      { key: 'Person:cy', count: 0, names: [], offsets: [4] },
    ]);
    expect(sep).toEqual(SEPARATORS);
    expect(lines[0]).toBe(`Person:ada${F}3${F}${I}Ada${I}Ada B.${F}${I}0${I}17`);
    expect(decode(lines[1] as string, sep)).toEqual({
      key: 'Person:bo',
      count: 1,
      names: [''],
      offsets: [],
    });
    // An empty list of texts reads back as none: no property is stored for it.
    expect(decode(lines[2] as string, sep).names).toBeNull();
  });

  it('sends a batch whose text holds a separator with two characters none of its values holds', () => {
    const batch: Row[] = [
      { key: `a${F}b`, count: 1, names: [`x${I}y`, '\ue000'], offsets: [1] },
      { key: 'plain', count: 2, names: null, offsets: [] },
    ];
    const { lines, sep } = rows.encode(batch);
    expect(sep).toEqual(['\ue001', '\ue002']);
    expect(lines.map((l) => decode(l, sep))).toEqual([batch[0], { ...batch[1], names: null }]);
  });

  it('tells a missing text from an empty one, and reads float lists as floats', () => {
    const dated = textRows<{ date: string | null; scores: number[] }>({
      date: 'maybe',
      scores: 'floats',
    });
    const { lines } = dated.encode([
      { date: null, scores: [1, 0.85] },
      { date: '', scores: [] },
      { date: '1987-03', scores: [0.5] },
    ]);
    expect(lines).toEqual([`${F}${I}1${I}0.85`, `${I}${F}`, `${I}1987-03${F}${I}0.5`]);
    expect(dated.map('f')).toBe(
      "{date: (CASE f[0] WHEN '' THEN null ELSE substring(f[0], 1) END), scores: [x IN tail(split(f[1], $sep[1])) | toFloat(x)]}",
    );
  });

  it('rewrites named fields to the reads of the split row', () => {
    expect(rows.rewrite('SET e.key = r.key, e.n = r.count + 1, e.o = r.offsets', 'r')).toBe(
      'SET e.key = r[0], e.n = toInteger(r[1]) + 1, e.o = [x IN tail(split(r[3], $sep[1])) | toInteger(x)]',
    );
    expect(rows.map('f')).toContain(
      "names: (CASE f[2] WHEN '' THEN null ELSE tail(split(f[2], $sep[1])) END)",
    );
    expect(() => rows.rewrite('SET e.hash = r.hash', 'r')).toThrow(/r\.hash/);
  });
});
