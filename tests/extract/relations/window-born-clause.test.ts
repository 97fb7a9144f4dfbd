import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** What the born-clause pass alone finds, as "Source TYPE Target". */
const bornClause = (text: string) => {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-born-clause']),
  });
  return found.map((r) => `${clusters[r.source]?.name} ${r.type} ${clusters[r.target]?.name}`);
};

// A "Born" that opens a clause after a colon or a dash: where the person named before it was born.
describe('window-born-clause', () => {
  it('places the person named before the colon where the clause says they were born', () => {
    expect(bornClause('Harold P. Venner (12th Governor): Born June 3, 1871, in Tarrow.')).toEqual([
      'Harold P. Venner LIVES_IN Tarrow',
    ]);
  });

  it('reads the place after a birth preposition, past the common nouns before it', () => {
    expect(
      bornClause(
        'Mary Tolland (poet): Born at dawn, May 9, 1921, in a farmhouse near Elkport, far from Denver.',
      ),
    ).toEqual(['Mary Tolland LIVES_IN Elkport']);
    expect(
      bornClause("Highlights of Mary Tolland's career: 1921 _ Born May 9 in Elkport."),
    ).toEqual(['Mary Tolland LIVES_IN Elkport']);
  });

  it('takes no place from another clause, nor one no preposition of birth marks', () => {
    expect(
      bornClause('Harold P. Venner (12th Governor): Born June 3, 1871; died in Tarrow.'),
    ).toEqual([]);
    expect(bornClause('Harold P. Venner (12th Governor): Born June 3, 1871, Tarrow.')).toEqual([]);
  });

  it('reads no "born" inside a sentence, which the tree rules read', () => {
    expect(bornClause('Harold P. Venner was born June 3, 1871, in Tarrow.')).toEqual([]);
  });

  it('places the subject of a sentence that opens with "Born" where it was born', () => {
    expect(bornClause('Born in Tarrow, Harold P. Venner moved to Elkport in 1890.')).toEqual([
      'Harold P. Venner LIVES_IN Tarrow',
    ]);
    expect(
      bornClause('Born poor in Tarrow the son of a miller, Harold P. Venner became a judge.'),
    ).toEqual(['Harold P. Venner LIVES_IN Tarrow']);
  });

  it('reads no opening "Born" whose subject is no named person', () => {
    expect(
      bornClause('Born in Tarrow, he moved to Elkport, where Harold P. Venner met him.'),
    ).toEqual([]);
    expect(bornClause('Born in 1871, Harold P. Venner moved to Elkport.')).toEqual([]);
    expect(bornClause('Born in Tarrow, he moved to Elkport, Harold P. Venner said.')).toEqual([]);
  });
});
