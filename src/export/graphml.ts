import type { EntityType } from '../extract/types.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { evidenceText, geoColumns } from './columns.js';
import { xmlAttr, xmlText } from './xml.js';

/**
 * GraphML for yEd, Cytoscape, networkx and Gephi. graphology-graphml only
 * parses, so this writes the file itself: every attribute is declared by a
 * `<key>` with its `attr.type`, so readers get numbers as numbers.
 *
 * Nodes: name, type, aliases_json, titles_json, docs_json, mentions_json and
 * aliases_text (aliases joined by "; ", for reading), and for a placed
 * Location lat and lng (doubles, as Gephi's geo layout reads them), country,
 * featureType, geoSource and geoApproximate. Edges: type, count
 * (int), confidence (double), firstDate, lastDate, docs_json, evidence_json
 * and evidence_text (evidence sentences, one per line, for reading).
 * The `*_json` columns are JSON text and are what `graphwire import` reads.
 */
export interface GraphmlOptions {
  /** Indent nested elements (two spaces) and put one element per line. */
  pretty?: boolean;
  /**
   * Add yEd's node and edge graphics (a label with the name or relation type,
   * a fill colour per entity type, an arrow), so yEd shows the names at once.
   * Other readers skip them.
   */
  yed?: boolean;
  /** Fill colour per entity type for yEd, `#rrggbb`. */
  colors?: Partial<Record<EntityType, string>>;
}

export const DEFAULTS = {
  pretty: true,
  yed: true,
  colors: { Person: '#4e79a7', Organization: '#f28e2b', Location: '#59a14f' } as Record<
    EntityType,
    string
  >,
};

type KeyType = 'string' | 'int' | 'long' | 'double' | 'boolean';
interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

const NODE_KEYS: Key[] = [
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_aliases_json', for: 'node', name: 'aliases_json', type: 'string' },
  { id: 'n_titles_json', for: 'node', name: 'titles_json', type: 'string' },
  { id: 'n_docs_json', for: 'node', name: 'docs_json', type: 'string' },
  { id: 'n_mentions_json', for: 'node', name: 'mentions_json', type: 'string' },
  { id: 'n_counterEvidence_json', for: 'node', name: 'counterEvidence_json', type: 'string' },
  { id: 'n_aliases_text', for: 'node', name: 'aliases_text', type: 'string' },
  { id: 'n_lat', for: 'node', name: 'lat', type: 'double' },
  { id: 'n_lng', for: 'node', name: 'lng', type: 'double' },
  { id: 'n_country', for: 'node', name: 'country', type: 'string' },
  { id: 'n_featureType', for: 'node', name: 'featureType', type: 'string' },
  { id: 'n_geoSource', for: 'node', name: 'geoSource', type: 'string' },
  { id: 'n_geoApproximate', for: 'node', name: 'geoApproximate', type: 'boolean' },
];

const EDGE_KEYS: Key[] = [
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_count', for: 'edge', name: 'count', type: 'int' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_firstDate', for: 'edge', name: 'firstDate', type: 'string' },
  { id: 'e_lastDate', for: 'edge', name: 'lastDate', type: 'string' },
  { id: 'e_docs_json', for: 'edge', name: 'docs_json', type: 'string' },
  { id: 'e_evidence_json', for: 'edge', name: 'evidence_json', type: 'string' },
  { id: 'e_evidence_text', for: 'edge', name: 'evidence_text', type: 'string' },
];

function scalarType(value: unknown): KeyType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number' && Number.isFinite(value))
    return Number.isInteger(value) ? 'long' : 'double';
  return undefined;
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

export function toGraphml(graph: KnowledgeGraph, options?: GraphmlOptions): string {
  const opts = { ...DEFAULTS, ...options, colors: { ...DEFAULTS.colors, ...options?.colors } };
  const nl = opts.pretty ? '\n' : '';
  const ind = (n: number) => (opts.pretty ? '  '.repeat(n) : '');
  const out: string[] = [];
  const graphKeys: Key[] = [];
  const graphValues: [Key, unknown][] = [];
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    const type = scalarType(value);
    if (!type) continue; // GraphML graph data is scalar; nested values are not part of the contract
    const key: Key = { id: `g_${graphKeys.length}`, for: 'graph', name, type };
    graphKeys.push(key);
    graphValues.push([key, value]);
  }

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      (opts.yed ? 'xmlns:y="http://www.yworks.com/xml/graphml" ' : '') +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of [...graphKeys, ...NODE_KEYS, ...EDGE_KEYS]) {
    out.push(
      `${ind(1)}<key id="${xmlAttr(k.id)}" for="${k.for}" attr.name="${xmlAttr(k.name)}" attr.type="${k.type}"/>`,
    );
  }
  if (opts.yed) {
    out.push(`${ind(1)}<key id="n_yed" for="node" yfiles.type="nodegraphics"/>`);
    out.push(`${ind(1)}<key id="e_yed" for="edge" yfiles.type="edgegraphics"/>`);
  }
  out.push(`${ind(1)}<graph edgedefault="directed">`);
  const data = (depth: number, key: string, value: string) =>
    `${ind(depth)}<data key="${key}">${xmlText(value)}</data>`;
  for (const [k, v] of graphValues) out.push(data(2, k.id, formatValue(v)));

  graph.forEachNode((node, a) => {
    out.push(`${ind(2)}<node id="${xmlAttr(node)}">`);
    out.push(data(3, 'n_name', a.name));
    out.push(data(3, 'n_type', a.type));
    out.push(data(3, 'n_aliases_json', JSON.stringify(a.aliases)));
    if (a.titles !== undefined) out.push(data(3, 'n_titles_json', JSON.stringify(a.titles)));
    if (a.docs !== undefined) out.push(data(3, 'n_docs_json', JSON.stringify(a.docs)));
    out.push(data(3, 'n_mentions_json', JSON.stringify(a.mentions)));
    if (a.counterEvidence !== undefined)
      out.push(data(3, 'n_counterEvidence_json', JSON.stringify(a.counterEvidence)));
    if (a.aliases.length) out.push(data(3, 'n_aliases_text', a.aliases.join('; ')));
    for (const [k, v] of Object.entries(geoColumns(a))) out.push(data(3, `n_${k}`, String(v)));
    if (opts.yed) {
      const fill = opts.colors[a.type] ?? '#cccccc';
      out.push(
        `${ind(3)}<data key="n_yed"><y:ShapeNode><y:Fill color="${xmlAttr(fill)}"/>` +
          `<y:NodeLabel>${xmlText(a.name)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`,
      );
    }
    out.push(`${ind(2)}</node>`);
  });

  graph.forEachEdge((edge, a, source, target) => {
    out.push(
      `${ind(2)}<edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">`,
    );
    out.push(data(3, 'e_type', a.type));
    out.push(data(3, 'e_count', String(a.count)));
    out.push(data(3, 'e_confidence', String(a.confidence)));
    if (a.firstDate !== undefined) out.push(data(3, 'e_firstDate', a.firstDate));
    if (a.lastDate !== undefined) out.push(data(3, 'e_lastDate', a.lastDate));
    if (a.docs !== undefined) out.push(data(3, 'e_docs_json', JSON.stringify(a.docs)));
    out.push(data(3, 'e_evidence_json', JSON.stringify(a.evidence)));
    if (a.evidence.length) out.push(data(3, 'e_evidence_text', evidenceText(a.evidence)));
    if (opts.yed) {
      out.push(
        `${ind(3)}<data key="e_yed"><y:PolyLineEdge><y:Arrows source="none" target="standard"/>` +
          `<y:EdgeLabel>${xmlText(a.type)}</y:EdgeLabel></y:PolyLineEdge></data>`,
      );
    }
    out.push(`${ind(2)}</edge>`);
  });
  out.push(`${ind(1)}</graph>`);
  out.push('</graphml>');
  return out.join(nl) + nl;
}
