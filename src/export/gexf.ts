import { write } from 'graphology-gexf';
import type { EntityType } from '../extract/types.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { evidenceText } from './columns.js';
import { xmlSafe } from './xml.js';

/**
 * GEXF 1.3 for Gephi, written by graphology-gexf's writer. A node's name is
 * its `label` (the column Gephi shows and edits, and the only place the name
 * is, so an edit there is what import reads). Each node has a
 * `type` attribute (Appearance > Partition), a `viz:color` per type and a
 * `viz:size` that grows with the degree; each edge has its relation type as
 * `label` and `kind` (Gephi's edge type, so parallel edges stay apart) and
 * its count as `weight`.
 *
 * Only scalar attributes are handed to the writer: its 1.3 list syntax
 * writes a plain value unquoted, so an alias with a comma or a backslash
 * would not read back. Lists travel as JSON text in `*_json` attributes,
 * which is what `graphwire import` reads. Characters XML 1.0 cannot hold are
 * deleted first (see xml.ts), since the writer would emit them raw.
 */
export interface GexfOptions {
  /** `viz:color` per node type, `#rrggbb`. */
  colors?: Partial<Record<EntityType, string>>;
  /** `viz:size` = minSize + sizePerDegree * sqrt(degree). */
  minSize?: number;
  sizePerDegree?: number;
  pretty?: boolean;
}

export const DEFAULTS = {
  colors: { Person: '#4e79a7', Organization: '#f28e2b', Location: '#59a14f' } as Record<
    EntityType,
    string
  >,
  minSize: 5,
  sizePerDegree: 5,
  pretty: true,
};

const json = (value: unknown) => xmlSafe(JSON.stringify(value));

function safe<T>(value: T): T {
  return (typeof value === 'string' ? xmlSafe(value) : value) as T;
}

export function toGexf(graph: KnowledgeGraph, options?: GexfOptions): string {
  const colors = { ...DEFAULTS.colors, ...options?.colors };
  const minSize = options?.minSize ?? DEFAULTS.minSize;
  const perDegree = options?.sizePerDegree ?? DEFAULTS.sizePerDegree;
  // The writer emits keys and graph attributes as they are: clean them on a copy.
  const clean: KnowledgeGraph = graph.nullCopy();
  clean.replaceAttributes(
    Object.fromEntries(Object.entries(graph.getAttributes()).map(([k, v]) => [k, safe(v)])),
  );
  graph.forEachNode((node, a) => {
    clean.addNode(xmlSafe(node), a);
  });
  graph.forEachEdge((edge, a, source, target) => {
    clean.addEdgeWithKey(xmlSafe(edge), xmlSafe(source), xmlSafe(target), a);
  });
  return write(clean, {
    version: '1.3',
    pretty: options?.pretty ?? DEFAULTS.pretty,
    formatNode: (key, a) => {
      const attributes: Record<string, string | number> = {
        type: a.type,
        aliases_json: json(a.aliases),
        mentions_json: json(a.mentions),
        degree: clean.degree(key),
      };
      if (a.titles !== undefined) attributes.titles_json = json(a.titles);
      if (a.docs !== undefined) attributes.docs_json = json(a.docs);
      if (a.counterEvidence !== undefined)
        attributes.counterEvidence_json = json(a.counterEvidence);
      if (a.aliases.length) attributes.aliases_text = xmlSafe(a.aliases.join('; '));
      return {
        label: xmlSafe(a.name),
        attributes,
        viz: {
          color: colors[a.type] ?? '#999999',
          size: Math.round((minSize + perDegree * Math.sqrt(clean.degree(key))) * 100) / 100,
        },
      };
    },
    formatEdge: (_key, a) => {
      const attributes: Record<string, string | number> = {
        type: xmlSafe(a.type),
        count: a.count,
        confidence: a.confidence,
        evidence_json: json(a.evidence),
      };
      if (a.firstDate !== undefined) attributes.firstDate = xmlSafe(a.firstDate);
      if (a.lastDate !== undefined) attributes.lastDate = xmlSafe(a.lastDate);
      if (a.docs !== undefined) attributes.docs_json = json(a.docs);
      if (a.evidence.length) attributes.evidence_text = xmlSafe(evidenceText(a.evidence));
      return { label: xmlSafe(a.type), kind: xmlSafe(a.type), weight: a.count, attributes };
    },
  });
}
