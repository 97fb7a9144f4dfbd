import type { EntityType } from '../../extract/types.js';

/**
 * The only labels and relationship types graphwire ever writes into Cypher
 * text. Labels and types cannot be query parameters, so each statement takes
 * its label or type from these maps by lookup, never from article text.
 */
export const RELATION_TYPES = [
  'KILLED',
  'ATTACKED',
  'WARNED',
  'THREATENED',
  'ACCUSED',
  'ORDERED',
  'DEPLOYED_TO',
  'SUPPORTS',
  'COMMANDED',
  'LEADS',
  'MEMBER_OF',
  'WORKS_FOR',
  'LIVES_IN',
  'LOCATED_IN',
  'BASED_IN',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(type: string): type is RelationType {
  return RELATION_SET.has(type);
}

export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = {
  Person: 'Person',
  Organization: 'Organization',
  Location: 'Location',
};
