import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('learned relation pairs', () => {
  it('adds a relation no cue rule covers, below the rules in confidence', () => {
    // "lectures at" is no cue of data/relations.json: only the pair model reads it.
    const r = run('Tom Reed, who lectures at Brisko College, spoke.');
    expect(r.relations).toContain('Tom Reed WORKS_FOR Brisko College');
    expect(r.x.relations.map((x) => x.confidence)).toEqual([0.45]);
  });

  it('leaves pairs a rule already related alone', () => {
    const r = run('Pedro Alves of Oakdale was arrested.');
    expect(r.relations).toEqual(['Pedro Alves LIVES_IN Oakdale']);
    expect(r.x.relations[0]?.confidence).toBeGreaterThan(0.45);
  });

  it('joins only the endpoint types its relation allows', () => {
    const r = run('Police said Lee Moss and Ana Cruz met on Monday.');
    expect(r.relations).toEqual([]);
  });
});
