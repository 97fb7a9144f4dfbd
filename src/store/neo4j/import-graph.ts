import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { InvalidInputError } from '../../errors.js';
import type { EntityType } from '../../extract/types.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import { ENTITY_LABELS, isRelationType, RELATION_TYPES, type RelationType } from './allow-list.js';
import { sessionConfig, toGraphwireError } from './connect.js';
import { type EvidenceLists, nameRank } from './rows.js';
import type { Neo4jConfig } from './types.js';

/**
 * `graphwire import <file> --neo4j`: an edited graph replaces the graph in
 * Neo4j by the rules `graphwire import` applies to the embedded store.
 *
 * - The imported graph is kept whole in one `(:GraphwireImport)` node (its
 *   JSON, and the content hash of every article it stands for: the articles
 *   Neo4j held when it was imported). `readGraphFromNeo4j` starts from it and
 *   merges on top the articles ingested later or changed since, as
 *   `loadGraph` does for the embedded store.
 * - So that Cypher sees the edit, its nodes and relationships replace the
 *   :Entity nodes and their relationships, with the same properties the
 *   incremental writer gives them, marked `imported`. Their evidence entries
 *   carry ordinal -1: they are the import's, not any article's, so replacing
 *   an article later never takes them off. What the import says about a
 *   node's name wins over names ingested afterwards.
 * - Articles keep their properties and hash (an unchanged article is not
 *   written again) but lose their MENTIONS: the import stands for them.
 *
 * All of it is one transaction: Neo4j holds the old graph or the new one.
 */

interface ImportEntityRow {
  key: string;
  label: string;
  type: EntityType;
  name: string;
  nameWords: number;
  nameLength: number;
  allNames: string[];
  aliases: string[];
  titles: string[];
  articles: number;
  mentionCount: number;
  /** The node's denied statements (the JSON contract's counterEvidence), null for none. */
  counterEvidence_json: string | null;
}

interface ImportRelationRow extends EvidenceLists {
  s: string;
  t: string;
  count: number;
  confidence: number;
  firstDate: string | null;
  lastDate: string | null;
  docs: string[];
}

export interface ImportRows {
  entities: Map<string, ImportEntityRow[]>;
  relations: Map<RelationType, ImportRelationRow[]>;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pure: the rows an imported graph writes. Each evidence entry gets the
 * confidence that, combined over the edge's n entries as the writer combines
 * them, gives back the edge's confidence: 1 - (1 - c)^(1/n).
 */
export function importRows(graph: KnowledgeGraph): ImportRows {
  const entities = new Map<string, ImportEntityRow[]>();
  for (const node of [...graph.nodes()].sort(byString)) {
    const a = graph.getNodeAttributes(node);
    const label = ENTITY_LABELS[a.type];
    if (!label)
      throw new InvalidInputError(
        `node ${JSON.stringify(node)}: type ${JSON.stringify(a.type)} is not an entity type`,
      );
    const allNames = [...new Set([a.name, ...a.aliases])].sort(byString);
    const row: ImportEntityRow = {
      key: node,
      label,
      type: a.type,
      name: a.name,
      ...nameRank(a.name),
      allNames,
      aliases: allNames.filter((n) => n !== a.name),
      titles: [...(a.titles ?? [])].sort(byString),
      articles: (a.docs ?? [...new Set(a.mentions.map((m) => m.doc))]).length,
      mentionCount: a.mentions.length,
      counterEvidence_json: a.counterEvidence?.length ? JSON.stringify(a.counterEvidence) : null,
    };
    const list = entities.get(label) ?? [];
    list.push(row);
    entities.set(label, list);
  }
  const relations = new Map<RelationType, ImportRelationRow[]>();
  for (const edge of [...graph.edges()].sort(byString)) {
    const a = graph.getEdgeAttributes(edge);
    if (!isRelationType(a.type))
      throw new InvalidInputError(
        `edge ${JSON.stringify(edge)}: ${JSON.stringify(a.type)} is not a relation type`,
      );
    const n = a.evidence.length;
    const each = n === 0 ? 0 : 1 - (1 - a.confidence) ** (1 / n);
    const list = relations.get(a.type) ?? [];
    list.push({
      s: graph.source(edge),
      t: graph.target(edge),
      count: a.count,
      confidence: a.confidence,
      firstDate: a.firstDate ?? null,
      lastDate: a.lastDate ?? null,
      docs: a.docs ?? [...new Set(a.evidence.map((e) => e.doc))],
      evidenceDoc: a.evidence.map((e) => e.doc),
      evidenceText: a.evidence.map((e) => e.text),
      evidenceStart: a.evidence.map((e) => e.start),
      evidenceEnd: a.evidence.map((e) => e.end),
      evidenceConfidence: a.evidence.map(() => each),
      evidenceOrdinal: a.evidence.map(() => -1),
      evidencePage: a.evidence.map((e) => e.page ?? 0),
      evidenceDate: a.evidence.map((e) => e.date ?? ''),
      evidenceDateText: a.evidence.map((e) => e.dateText ?? ''),
      evidenceDateSource: a.evidence.map((e) => e.dateSource ?? ''),
      evidenceRule: a.evidence.map((e) => e.rule ?? ''),
      evidenceModality: a.evidence.map((e) => e.modality ?? ''),
      evidenceAttributedTo: a.evidence.map((e) =>
        e.attributedTo?.length ? JSON.stringify(e.attributedTo) : '',
      ),
    });
    relations.set(a.type, list);
  }
  return { entities, relations };
}

const COVERS = 'MATCH (a:Article) WHERE a.hash IS NOT NULL RETURN a.id AS id, a.hash AS hash';
const CLEAR = [
  'MATCH (g:GraphwireImport) DELETE g',
  'MATCH (:Article)-[m:MENTIONS]->(:Entity) DELETE m',
  'MATCH (e:Entity) DETACH DELETE e',
];
const entityStatement = (label: string) => `
UNWIND $rows AS row
CREATE (e:Entity:${label} {key: row.key})
SET e.type = row.type, e.name = row.name, e.nameWords = row.nameWords, e.nameLength = row.nameLength,
    e.allNames = row.allNames, e.aliases = row.aliases, e.titles = row.titles, e.articles = row.articles,
    e.mentionCount = row.mentionCount, e.counterEvidence_json = row.counterEvidence_json, e.imported = true`;
const relationStatement = (type: RelationType) => `
UNWIND $rows AS row
MATCH (s:Entity {key: row.s})
MATCH (t:Entity {key: row.t})
CREATE (s)-[r:${type}]->(t)
SET r.count = row.count, r.confidence = row.confidence, r.firstDate = row.firstDate, r.lastDate = row.lastDate,
    r.docs = row.docs, r.evidenceDoc = row.evidenceDoc, r.evidenceText = row.evidenceText,
    r.evidenceStart = row.evidenceStart, r.evidenceEnd = row.evidenceEnd,
    r.evidenceConfidence = row.evidenceConfidence, r.evidenceOrdinal = row.evidenceOrdinal,
    r.evidencePage = row.evidencePage, r.evidenceDate = row.evidenceDate,
    r.evidenceDateText = row.evidenceDateText, r.evidenceDateSource = row.evidenceDateSource,
    r.evidenceRule = row.evidenceRule, r.evidenceModality = row.evidenceModality,
    r.evidenceAttributedTo = row.evidenceAttributedTo, r.imported = true`;
const LAYER = 'CREATE (:GraphwireImport {source: $source, graph: $graph, covers: $covers})';

const ENTITY_STATEMENTS = new Map(
  Object.values(ENTITY_LABELS).map((label) => [label, entityStatement(label)]),
);
const RELATION_STATEMENTS = new Map(RELATION_TYPES.map((t) => [t, relationStatement(t)]));

export interface ImportResult {
  nodes: number;
  relationships: number;
  /** Articles Neo4j held, which the imported graph now stands for. */
  covers: number;
}

async function replaceGraph(
  tx: ManagedTransaction,
  graph: KnowledgeGraph,
  rows: ImportRows,
  source: string,
): Promise<number> {
  const covers: Record<string, string> = {};
  for (const r of (await tx.run(COVERS)).records) covers[r.get('id')] = r.get('hash');
  for (const statement of CLEAR) await tx.run(statement);
  const chunk = 2000;
  for (const [label, list] of rows.entities)
    for (let i = 0; i < list.length; i += chunk)
      await tx.run(ENTITY_STATEMENTS.get(label) as string, { rows: list.slice(i, i + chunk) });
  for (const [type, list] of rows.relations)
    for (let i = 0; i < list.length; i += chunk)
      await tx.run(RELATION_STATEMENTS.get(type) as string, { rows: list.slice(i, i + chunk) });
  await tx.run(LAYER, {
    source,
    graph: JSON.stringify(graph.export()),
    covers: JSON.stringify(covers),
  });
  return Object.keys(covers).length;
}

/** Replaces the graph in Neo4j with `graph`, in one retried transaction. */
export async function importGraphToNeo4j(
  driver: Driver,
  config: Neo4jConfig,
  graph: KnowledgeGraph,
  source: string,
): Promise<ImportResult> {
  const rows = importRows(graph);
  const session = driver.session(sessionConfig(config, 'WRITE'));
  try {
    const covers = await session.executeWrite((tx) => replaceGraph(tx, graph, rows, source));
    return { nodes: graph.order, relationships: graph.size, covers };
  } catch (err) {
    throw toGraphwireError(config, err, 'importing the graph');
  } finally {
    await session.close();
  }
}

/** The import layer, when the graph in Neo4j came from `graphwire import --neo4j`. */
export async function readImportLayer(
  tx: ManagedTransaction,
): Promise<{ graph: unknown; covers: Record<string, string> } | undefined> {
  const res = await tx.run(
    'MATCH (g:GraphwireImport) RETURN g.graph AS graph, g.covers AS covers LIMIT 1',
  );
  const r = res.records[0];
  if (!r) return undefined;
  return { graph: JSON.parse(r.get('graph')), covers: JSON.parse(r.get('covers')) };
}
