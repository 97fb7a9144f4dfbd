import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { InvalidInputError } from '../errors.js';
import type { Evidence, Span } from '../extract/types.js';
import type { CounterEvidence, KnowledgeGraph } from '../graph/index.js';
import {
  checkedEntityType,
  checkedRelationType,
  decodeGeo,
  edgeAttributes,
  isCounterEvidenceList,
  isEvidenceList,
  isSpanList,
  isStringList,
  nodeAttributes,
  numberColumn,
  optionalString,
  parseJsonColumn,
  stringColumn,
} from './columns.js';

/** Graph attributes a reader adds that are not ours (GraphML's graph id, GEXF's meta dates). */
const FOREIGN_GRAPH_ATTRIBUTES = new Set(['id', 'lastModifiedDate']);

/**
 * The knowledge graph of a graph read by graphology-graphml or
 * graphology-gexf: decodes the flat columns (see columns.ts) back into the
 * JSON contract. The name is the `name` column, or in GEXF the node's
 * `label`. Presentation attributes other tools add (label, colour,
 * size, position, the `*_text` conveniences) are left out. Edge keys are
 * rebuilt as `source|TYPE|target`, so an edge whose type was edited in
 * Gephi or yEd gets the key the builder would give it.
 */
export function decodeColumns(
  raw: AbstractGraph,
  source: string,
  options?: { nameFrom?: 'name' | 'label' },
): KnowledgeGraph {
  const nameFrom = options?.nameFrom ?? 'name';
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const [k, v] of Object.entries(raw.getAttributes())) {
    if (FOREIGN_GRAPH_ATTRIBUTES.has(k)) continue;
    graph.setAttribute(k, k === 'documents' && typeof v === 'string' && v !== '' ? Number(v) : v);
  }
  raw.forEachNode((node, a) => {
    const where = `${source}: node ${JSON.stringify(node)}`;
    const titles = a.titles_json;
    const docs = a.docs_json;
    graph.addNode(
      node,
      nodeAttributes({
        name: stringColumn(a[nameFrom] ?? a.name, `${where}: ${nameFrom}`),
        type: checkedEntityType(a.type, node),
        aliases: parseJsonColumn<string[]>(
          a.aliases_json,
          [],
          isStringList,
          `${where}: aliases_json`,
        ),
        mentions: parseJsonColumn<Span[]>(
          a.mentions_json,
          [],
          isSpanList,
          `${where}: mentions_json`,
        ),
        titles:
          titles === undefined
            ? undefined
            : parseJsonColumn<string[]>(titles, [], isStringList, `${where}: titles_json`),
        docs:
          docs === undefined
            ? undefined
            : parseJsonColumn<string[]>(docs, [], isStringList, `${where}: docs_json`),
        counterEvidence:
          a.counterEvidence_json === undefined || a.counterEvidence_json === ''
            ? undefined
            : parseJsonColumn<CounterEvidence[]>(
                a.counterEvidence_json,
                [],
                isCounterEvidenceList,
                `${where}: counterEvidence_json`,
              ),
        ...decodeGeo(a, where),
      }),
    );
  });
  raw.forEachEdge((edge, a, s, t) => {
    const where = `${source}: edge ${JSON.stringify(edge)}`;
    if (raw.isUndirected(edge))
      throw new InvalidInputError(`${where}: undirected; relations are directed`, { source });
    if (s === t) throw new InvalidInputError(`${where}: a self-loop`, { source });
    const type = checkedRelationType(a.type, edge);
    const key = `${s}|${type}|${t}`;
    if (graph.hasEdge(key))
      throw new InvalidInputError(`${where}: a second ${type} edge from ${s} to ${t}`, { source });
    const docs = a.docs_json;
    graph.addEdgeWithKey(
      key,
      s,
      t,
      edgeAttributes({
        type,
        count: numberColumn(a.count, `${where}: count`),
        confidence: numberColumn(a.confidence, `${where}: confidence`),
        firstDate: optionalString(a.firstDate),
        lastDate: optionalString(a.lastDate),
        docs:
          docs === undefined
            ? undefined
            : parseJsonColumn<string[]>(docs, [], isStringList, `${where}: docs_json`),
        evidence: parseJsonColumn<Evidence[]>(
          a.evidence_json,
          [],
          isEvidenceList,
          `${where}: evidence_json`,
        ),
      }),
    );
  });
  return graph;
}
