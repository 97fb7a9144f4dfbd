import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { InvalidInputError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { decodeColumns } from './read-columns.js';

/**
 * A GEXF file (as written by `toGexf`, or saved again by Gephi) back into the
 * knowledge graph. graphology-gexf does the XML; this decodes the columns.
 */
export function readGexf(text: string, options?: { source?: string }): KnowledgeGraph {
  const source = options?.source ?? 'GEXF';
  if (typeof text !== 'string' || !/<gexf[\s>]/.test(text))
    throw new InvalidInputError(`${source}: not GEXF (no <gexf> element)`, { source });
  let raw: MultiDirectedGraph;
  try {
    raw = parse(MultiDirectedGraph, text, {
      allowUndeclaredAttributes: true,
    }) as MultiDirectedGraph;
  } catch (cause) {
    throw new InvalidInputError(`${source}: unreadable GEXF (${(cause as Error).message})`, {
      source,
      cause,
    });
  }
  return decodeColumns(raw, source, { nameFrom: 'label' });
}
