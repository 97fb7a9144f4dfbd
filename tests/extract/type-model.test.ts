import { describe, expect, it } from 'vitest';
import { readMentions } from '../../src/extract/extract.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import { bestLabel, compileModel, loadModel, scoreLabels } from '../../src/extract/perceptron.js';
import { retype } from '../../src/extract/type-model.js';
import { run } from './helpers.js';

describe('learned name typing', () => {
  it('scores labels as sums of feature weights', () => {
    const model = compileModel({ labels: ['A', 'B'], weights: { x: [1, 0], y: [0, 3] } });
    expect([...scoreLabels(model, ['x', 'y', 'unknown'])]).toEqual([1, 3]);
    expect(bestLabel(model, ['x', 'y'])).toEqual({ label: 'B', margin: 2 });
  });

  it('reads a prefix and a feature as one feature, and the shipped models the same way', () => {
    const model = compileModel({ labels: ['A', 'B'], weights: { 'PO>|x': [1, 0], y: [0, 3] } });
    expect([...scoreLabels(model, ['x', 'y'], 'PO>|')]).toEqual([1, 0]);
    expect([...scoreLabels(model, ['PO>|x', 'y'])]).toEqual([1, 3]);
    // Every feature of the shipped relation model finds its own weights, split anywhere.
    const shipped = loadModel('relation-model.json');
    for (const [f, r] of [...shipped.rows].slice(0, 2000)) {
      const cut = r % f.length;
      const row = [...shipped.w.subarray(r * 6, r * 6 + 6)];
      expect([...scoreLabels(shipped, [f.slice(cut)], f.slice(0, cut))]).toEqual(row);
    }
    expect([...scoreLabels(shipped, ['no such feature'])]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not take the capitalised words of a title-case headline for a person', () => {
    const r = run('Farmers Protest Grain Prices In Capital (Text) The farmers met on Monday.');
    expect(r.entities.filter((e) => e.startsWith('Person:'))).toEqual([]);
  });

  it('keeps gazetteer types whatever the context', () => {
    const r = run('Farmers Protest Grain Prices In Denver');
    expect(r.entities).toEqual(['Location:Denver']);
  });
});

describe('the typing model and the entity tagger', () => {
  const text = 'Farmers Protest Grain Prices In Capital (Text) The farmers met on Monday.';
  const first = () => {
    const sc = readMentions(text)[0];
    if (!sc?.mentions[0]) throw new Error('no mention read');
    return { sc, m: sc.mentions[0] };
  };

  it('doubts a name its context calls none', () => {
    const { sc, m } = first();
    retype(sc.tokens, [m], loadLexicon());
    expect(m.doubtful).toBe(true);
  });

  it('does not doubt a name the tagger is sure of', () => {
    const { sc, m } = first();
    m.tagged = true;
    retype(sc.tokens, [m], loadLexicon());
    expect(m.doubtful).toBeUndefined();
  });
});
