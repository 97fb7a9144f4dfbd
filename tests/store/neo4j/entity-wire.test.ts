import { describe, expect, it } from 'vitest';
import type { EntityRow } from '../../../src/store/neo4j/rows.js';
import { entityWire } from '../../../src/store/neo4j/write.js';

const row = (over: Partial<EntityRow>): EntityRow => ({
  key: 'Organization:acme',
  type: 'Organization',
  name: 'Acme',
  nameWords: 1,
  nameLength: 4,
  allNames: ['Acme', 'Acme Corp'],
  titles: [],
  docs: ['d1', 'd2', 'd3'],
  mentionCount: 5,
  ...over,
});

describe('entityWire', () => {
  it('sends the label from the allow-list and how many articles mention the entity, not their ids', () => {
    const wire = entityWire(row({}));
    expect(wire.label).toBe('Organization');
    expect(wire.articles).toBe(3);
    expect(wire).not.toHaveProperty('docs');
  });

  it('sends no titles as null, so Neo4j stores no empty list, and keeps titles that exist', () => {
    expect(entityWire(row({})).titles).toBeNull();
    expect(entityWire(row({ titles: ['chairman'] })).titles).toEqual(['chairman']);
  });

  it('refuses a type outside the allow-list instead of writing it as a label', () => {
    expect(() => entityWire(row({ type: 'Weapon' as EntityRow['type'] }))).toThrow(/no label/);
  });
});
