import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { InvalidInputError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { decodeColumns } from './read-columns.js';

/**
 * A GraphML file (as written by `toGraphml`, or after editing in yEd,
 * Cytoscape or networkx) back into the knowledge graph. graphology-graphml
 * does the XML; this decodes the columns.
 */
export function readGraphml(text: string, options?: { source?: string }): KnowledgeGraph {
  const source = options?.source ?? 'GraphML';
  if (typeof text !== 'string' || !/<graphml[\s>]/.test(text))
    throw new InvalidInputError(`${source}: not GraphML (no <graphml> element)`, { source });
  let raw: MultiDirectedGraph;
  try {
    raw = parse(MultiDirectedGraph, text) as MultiDirectedGraph;
  } catch (cause) {
    throw new InvalidInputError(`${source}: unreadable GraphML (${(cause as Error).message})`, {
      source,
      cause,
    });
  }
  return decodeColumns(raw, source);
}
