import { write } from 'graphology-gexf';
import { InvalidInputError } from '../errors.js';
import type { EntityType } from '../extract/types.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { evidenceText, geoColumns } from './columns.js';
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

/**
 * `#rrggbb` as `rgb(r,g,b)`, so the writer puts `r`, `g` and `b` on
 * `viz:color`: given a hex colour it writes only 1.3's `hex`, which networkx
 * and other 1.2 readers cannot read.
 */
function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new InvalidInputError(`GEXF colour ${JSON.stringify(hex)}: expected #rrggbb`);
  return `rgb(${m
    .slice(1, 4)
    .map((h) => Number.parseInt(h, 16))
    .join(',')})`;
}

/**
 * The graph's attributes as GEXF 1.3 meta, which allows only `creator`,
 * `description` and `keywords`: the generator is the creator, the other
 * attributes (name, documents) travel as a JSON object in `description`.
 * `readGexf` undoes it (see read-gexf.ts).
 */
export function gexfMeta(attributes: Record<string, unknown>): Record<string, string> {
  const { generator, ...rest } = attributes;
  const meta: Record<string, string> = {};
  if (generator !== undefined) meta.creator = xmlSafe(String(generator));
  if (Object.keys(rest).length) meta.description = json(rest);
  return meta;
}

export function toGexf(graph: KnowledgeGraph, options?: GexfOptions): string {
  const colors = { ...DEFAULTS.colors, ...options?.colors };
  const minSize = options?.minSize ?? DEFAULTS.minSize;
  const perDegree = options?.sizePerDegree ?? DEFAULTS.sizePerDegree;
  // The writer emits keys and graph attributes as they are: clean them on a copy.
  const clean: KnowledgeGraph = graph.nullCopy();
  clean.replaceAttributes(gexfMeta(graph.getAttributes()));
  graph.forEachNode((node, a) => {
    clean.addNode(xmlSafe(node), a);
  });
  graph.forEachEdge((edge, a, source, target) => {
    clean.addEdgeWithKey(xmlSafe(edge), xmlSafe(source), xmlSafe(target), a);
  });
  return write(clean, {
    version: '1.3',
    // Only the meta elements the 1.3 schema has (creator, description, keywords).
    pedantic: true,
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
      // lat/lng: the node attributes Gephi's geo layout reads.
      for (const [k, v] of Object.entries(geoColumns(a)))
        attributes[k] = typeof v === 'boolean' ? String(v) : v;
      return {
        label: xmlSafe(a.name),
        attributes,
        viz: {
          color: rgb(colors[a.type] ?? '#999999'),
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
