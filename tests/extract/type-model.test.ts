import { describe, expect, it } from 'vitest';
import { bestLabel, compileModel, scoreLabels } from '../../src/extract/perceptron.js';
import { run } from './helpers.js';

describe('learned name typing', () => {
  it('scores labels as sums of feature weights', () => {
    const model = compileModel({ labels: ['A', 'B'], weights: { x: [1, 0], y: [0, 3] } });
    expect([...scoreLabels(model, ['x', 'y', 'unknown'])]).toEqual([1, 3]);
    expect(bestLabel(model, ['x', 'y'])).toEqual({ label: 'B', margin: 2 });
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
