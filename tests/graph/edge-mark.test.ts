import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/extract/types.js';
import { edgeMark } from '../../src/graph/index.js';

const ev = (modality?: Evidence['modality']): Evidence => ({
  doc: 'd',
  text: 't',
  start: 0,
  end: 1,
  ...(modality ? { modality } : {}),
});

describe('edgeMark: what an edge is when no sentence states it as a fact', () => {
  it('is undefined as soon as one sentence says it happened', () => {
    expect(edgeMark([ev('alleged'), ev('happened')])).toBeUndefined();
  });

  it('is undefined for evidence without marks (graphs from older stores) and for none', () => {
    expect(edgeMark([ev()])).toBeUndefined();
    expect(edgeMark([])).toBeUndefined();
  });

  it('is the mark most sentences carry, alleged before possible before planned on a tie', () => {
    expect(edgeMark([ev('planned'), ev('planned'), ev('alleged')])).toBe('planned');
    expect(edgeMark([ev('planned'), ev('possible')])).toBe('possible');
    expect(edgeMark([ev('possible'), ev('alleged')])).toBe('alleged');
  });
});
