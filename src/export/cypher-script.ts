import type { KnowledgeGraph } from '../graph/index.js';
import { checkedEntityType, checkedRelationType, evidenceText } from './columns.js';

/**
 * A Cypher script of plain statements for `cypher-shell -f graph.cypher`:
 * a uniqueness constraint, then one `MERGE` per node and per relationship,
 * one statement per line. Running it twice leaves the same nodes,
 * relationships and properties (MERGE on `key`, then `SET +=`).
 *
 * Every value is a Cypher string literal built by `cypherString`: a
 * backslash is doubled, a single quote is `\'`, and double quotes,
 * backticks, semicolons, slashes, line breaks and every other control
 * character are written as `\uXXXX`, so no article text can end the
 * literal, the statement or the line, whatever the client's statement
 * splitter does. Never `\u0027` for the quote: Neo4j decodes `\uXXXX`
 * before it finds where a string ends, so `\u0027` would close it. Labels and relationship types are
 * never data: they are checked against the vocabulary.
 *
 * Node properties: key, name, type, aliases, titles, docs, mentions_json.
 * Relationship properties: key, count, confidence, firstDate, lastDate,
 * docs, evidence_json, evidence_text.
 */
export interface CypherScriptOptions {
  /** Emit `CREATE CONSTRAINT ... IF NOT EXISTS` first. */
  constraint?: boolean;
}

export const DEFAULTS: Required<CypherScriptOptions> = { constraint: true };

const ESCAPE_AS_UNICODE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
  /["`;/\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A single-quoted Cypher string literal that holds `value` exactly and nothing else. */
export function cypherString(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(
      ESCAPE_AS_UNICODE,
      (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
    );
  return `'${body}'`;
}

/** A float literal: `1.0`, never `1`, so the property keeps its type in Neo4j. */
class Float {
  constructor(readonly value: number) {}
}

type Value = string | number | boolean | Float | readonly string[];

function cypherValue(value: Value): string {
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Float) {
    const v = value.value;
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
    return Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError(`not an integer: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return cypherString(value);
  return `[${value.map(cypherString).join(', ')}]`;
}

function cypherMap(props: Record<string, Value | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(props))
    if (v !== undefined) parts.push(`${k}: ${cypherValue(v)}`);
  return `{${parts.join(', ')}}`;
}

export function toCypherScript(graph: KnowledgeGraph, options?: CypherScriptOptions): string {
  const opts = { ...DEFAULTS, ...options };
  const out: string[] = [
    '// graphwire graph as Cypher: run with cypher-shell -f FILE; running it again changes nothing.',
  ];
  if (opts.constraint) {
    out.push('CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;');
    // Distance queries on Location.location (see cypher/queries/events-near-a-place.cypher).
    out.push('CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.location);');
  }
  graph.forEachNode((node, a) => {
    const label = checkedEntityType(a.type, node);
    const props = cypherMap({
      name: a.name,
      type: label,
      aliases: a.aliases,
      titles: a.titles,
      docs: a.docs,
      mentions_json: JSON.stringify(a.mentions),
      ...(a.lat !== undefined && a.lon !== undefined
        ? {
            lat: new Float(a.lat),
            lon: new Float(a.lon),
            country: a.country,
            featureType: a.featureType,
            geoSource: a.geoSource,
            geoApproximate: a.geoApproximate,
          }
        : {}),
      counterEvidence_json: a.counterEvidence ? JSON.stringify(a.counterEvidence) : undefined,
    });
    // A WGS-84 point beside lat/lon, for point.distance and the point index.
    const point =
      a.lat !== undefined && a.lon !== undefined
        ? ` SET n.location = point({latitude: ${cypherValue(new Float(a.lat))}, longitude: ${cypherValue(new Float(a.lon))}})`
        : '';
    out.push(
      `MERGE (n:Entity {key: ${cypherString(node)}}) SET n:${label} SET n += ${props}${point};`,
    );
  });
  graph.forEachEdge((edge, a, source, target) => {
    const type = checkedRelationType(a.type, edge);
    const props = cypherMap({
      key: edge,
      count: a.count,
      confidence: new Float(a.confidence),
      firstDate: a.firstDate,
      lastDate: a.lastDate,
      docs: a.docs,
      evidence_json: JSON.stringify(a.evidence),
      evidence_text: a.evidence.length ? evidenceText(a.evidence) : undefined,
    });
    out.push(
      `MATCH (s:Entity {key: ${cypherString(source)}}), (t:Entity {key: ${cypherString(target)}}) ` +
        `MERGE (s)-[r:${type}]->(t) SET r += ${props};`,
    );
  });
  return `${out.join('\n')}\n`;
}
