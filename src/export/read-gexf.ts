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
  raw.replaceAttributes(fromGexfMeta(raw.getAttributes()));
  return decodeColumns(raw, source, { nameFrom: 'label' });
}

/**
 * Undoes `gexfMeta`: `creator` is the generator, a `description` that is a
 * JSON object holds the other graph attributes. Meta from other tools (a
 * plain-text description, keywords) is kept under its own name.
 */
function fromGexfMeta(meta: Record<string, unknown>): Record<string, unknown> {
  const { creator, description, ...rest } = meta;
  const out: Record<string, unknown> = { ...rest };
  if (creator !== undefined) out.generator = creator;
  if (typeof description === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(description);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(out, parsed);
    else out.description = description;
  } else if (description !== undefined) out.description = description;
  return out;
}
