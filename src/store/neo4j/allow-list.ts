import { type EntityType, RELATION_TYPES, type RelationType } from '../../extract/types.js';

/**
 * The only labels and relationship types graphwire ever writes into Cypher
 * text (the relation vocabulary itself lives with the extractor's types). Labels and types cannot be query parameters, so each statement takes
 * its label or type from these maps by lookup, never from article text.
 */
export { RELATION_TYPES, type RelationType };

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(type: string): type is RelationType {
  return RELATION_SET.has(type);
}

export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = {
  Person: 'Person',
  Organization: 'Organization',
  Location: 'Location',
};
