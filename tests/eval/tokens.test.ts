import { describe, expect, it } from 'vitest';
import { disagreements, goldSpans, scoreTokens } from '../../src/eval/tokens.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';

const word = (id: number, form: string, misc = '_') =>
  `${id}\t${form}\t_\tX\t_\t_\t0\tdep\t_\t${misc}`;

// Written for this test: "Iran's" as a multiword token, a final period, and a
// second sentence whose words are not in its text.
const CONLLU = [
  "# text = Iran's chief  quit.",
  "1-2\tIran's\t_\t_\t_\t_\t_\t_\t_\t_",
  word(1, 'Iran'),
  word(2, "'s"),
  word(3, 'chief'),
  word(4, 'quit', 'SpaceAfter=No'),
  word(5, '.'),
  '',
  '# text = Nothing here.',
  word(1, 'Something'),
  '',
].join('\n');

/** Whitespace-separated chunks, the simplest tokenizer there is. */
const bySpaces = (text: string) =>
  [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('token scoring against a treebank', () => {
  it('finds each gold word in the sentence text, skipping only whitespace', () => {
    const [s, bad] = readConllu(CONLLU);
    if (!s || !bad) throw new Error('the snippet has two sentences');
    expect(goldSpans(s)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 6 },
      { start: 7, end: 12 },
      { start: 14, end: 18 },
      { start: 18, end: 19 },
    ]);
    expect(goldSpans(bad)).toBeUndefined();
  });

  it('counts a token correct only when both its ends match a gold word', () => {
    const s = scoreTokens(CONLLU, { tokenize: bySpaces });
    // "Iran's" and "quit." each cover two gold words: only "chief" matches.
    expect([s.tp, s.predicted, s.gold]).toEqual([1, 3, 5]);
    expect(s.p).toBeCloseTo(1 / 3);
    expect(s.r).toBeCloseTo(1 / 5);
    expect(s.sentences).toBe(1);
    expect(s.unaligned).toHaveLength(1);
    expect(s.mismatches.map((m) => [m.gold, m.system])).toEqual([
      [['Iran', "'s"], ["Iran's"]],
      [['quit', '.'], ['quit.']],
    ]);
  });

  it('scores udTokenize by default', () => {
    const s = scoreTokens(CONLLU);
    expect([s.tp, s.predicted, s.gold, s.f1]).toEqual([5, 5, 5, 1]);
  });

  it('groups disagreements between shared boundaries', () => {
    const gold = [
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 7 },
    ];
    const system = [
      { start: 0, end: 4 },
      { start: 5, end: 6 },
      { start: 6, end: 7 },
    ];
    expect(disagreements(gold, system)).toEqual([
      { gold: gold.slice(0, 2), system: system.slice(0, 1) },
      { gold: gold.slice(2), system: system.slice(1) },
    ]);
    expect(disagreements(gold, gold)).toEqual([]);
  });
});
