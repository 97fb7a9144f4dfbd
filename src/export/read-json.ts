import { MultiDirectedGraph } from 'graphology';
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
  stringColumn,
} from './columns.js';

interface Serialized {
  attributes?: Record<string, unknown>;
  nodes?: { key: string; attributes?: Record<string, unknown> }[];
  edges?: {
    key?: string;
    source: string;
    target: string;
    undirected?: boolean;
    attributes?: Record<string, unknown>;
  }[];
}

function list<T>(value: unknown, check: (v: unknown) => boolean, where: string): T {
  if (!check(value)) throw new InvalidInputError(`${where}: expected a list, got ${typeof value}`);
  return value as T;
}

function optionalList<T>(value: unknown, check: (v: unknown) => boolean, where: string) {
  return value === undefined ? undefined : list<T>(value, check, where);
}

/**
 * The JSON contract (graphology's `graph.export()`, as `toJson` writes it and
 * the viewer edits it) back into the knowledge graph, checked attribute by
 * attribute so a hand-edited file fails with the node or edge named.
 */
export function readJson(text: string, options?: { source?: string }): KnowledgeGraph {
  const source = options?.source ?? 'JSON';
  let data: Serialized;
  try {
    data = JSON.parse(text) as Serialized;
  } catch (cause) {
    throw new InvalidInputError(`${source}: not valid JSON`, { source, cause });
  }
  if (typeof data !== 'object' || data === null || !Array.isArray(data.nodes))
    throw new InvalidInputError(`${source}: expected a graphology export with "nodes"`, { source });
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ ...(data.attributes ?? {}) });
  for (const n of data.nodes) {
    const where = `${source}: node ${JSON.stringify(n.key)}`;
    const a = n.attributes ?? {};
    if (typeof n.key !== 'string') throw new InvalidInputError(`${where}: key is not text`);
    if (graph.hasNode(n.key)) throw new InvalidInputError(`${where}: listed twice`, { source });
    graph.addNode(
      n.key,
      nodeAttributes({
        name: stringColumn(a.name, `${where}: name`),
        type: checkedEntityType(a.type, n.key),
        aliases: list<string[]>(a.aliases ?? [], isStringList, `${where}: aliases`),
        mentions: list<Span[]>(a.mentions ?? [], isSpanList, `${where}: mentions`),
        titles: optionalList<string[]>(a.titles, isStringList, `${where}: titles`),
        docs: optionalList<string[]>(a.docs, isStringList, `${where}: docs`),
        counterEvidence: optionalList<CounterEvidence[]>(
          a.counterEvidence,
          isCounterEvidenceList,
          `${where}: counterEvidence`,
        ),
        ...decodeGeo(a, where),
      }),
    );
  }
  for (const e of data.edges ?? []) {
    const where = `${source}: edge ${JSON.stringify(e.key ?? `${e.source}->${e.target}`)}`;
    const a = e.attributes ?? {};
    if (e.undirected) throw new InvalidInputError(`${where}: undirected; relations are directed`);
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target))
      throw new InvalidInputError(`${where}: an end is not among the nodes`, { source });
    if (e.source === e.target) throw new InvalidInputError(`${where}: a self-loop`, { source });
    const type = checkedRelationType(a.type, String(e.key));
    const key = `${e.source}|${type}|${e.target}`;
    if (graph.hasEdge(key))
      throw new InvalidInputError(`${where}: a second ${type} edge between the same nodes`);
    graph.addEdgeWithKey(
      key,
      e.source,
      e.target,
      edgeAttributes({
        type,
        count: numberColumn(a.count, `${where}: count`),
        confidence: numberColumn(a.confidence, `${where}: confidence`),
        firstDate: optionalString(a.firstDate),
        lastDate: optionalString(a.lastDate),
        docs: optionalList<string[]>(a.docs, isStringList, `${where}: docs`),
        evidence: list<Evidence[]>(a.evidence ?? [], isEvidenceList, `${where}: evidence`),
      }),
    );
  }
  return graph;
}
