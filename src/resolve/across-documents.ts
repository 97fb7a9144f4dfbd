import { normalizeName } from '../extract/entities/normalize.js';
import type { DocEntity, DocExtraction, EntityType } from '../extract/types.js';

/** Where one document's entity goes in the graph: doc id -> local id -> node key. */
export type Assignment = Map<string, Map<string, string>>;

export function nodeKey(type: EntityType, name: string): string {
  return `${type}:${normalizeName(name)}`;
}

/**
 * The graph node an entity belongs to. Identity across documents is derived
 * from the entity alone (its type and canonical name, decided inside its
 * document), never from which other documents happen to be in the store.
 * That is what makes the graph the same whatever the ingest order, whether
 * documents arrive in one run, several runs or several shards, and whether it
 * is built in memory or MERGEd into Neo4j batch by batch.
 */
export function entityKey(entity: Pick<DocEntity, 'type' | 'name'>): string {
  return nodeKey(entity.type, entity.name);
}

/** Assigns every entity of every extraction to its node key. */
export function resolveAcrossDocuments(extractions: readonly DocExtraction[]): Assignment {
  const out: Assignment = new Map();
  for (const ext of extractions) {
    const local = new Map<string, string>();
    for (const e of ext.entities) local.set(e.id, entityKey(e));
    out.set(ext.doc.id, local);
  }
  return out;
}

/**
 * The display name of a node whose entities carry several names: the one with
 * most words, then the longest, then the first in code-point order. A total
 * order, so every writer picks the same name whatever order names arrive in.
 */
export function preferredName(a: string, b: string): string {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  if (wa !== wb) return wa > wb ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}
