import type { CypherResult } from './types.js';

/**
 * Turns the plain rows of a Cypher query (nodes as `{labels, properties}`,
 * relationships as `{type, properties}`, paths as `[{start, relationship, end}]`,
 * as src/store/neo4j returns them) into what the viewer draws: the nodes, and
 * the relationships whose two ends are known, i.e. those inside paths.
 * Pure; relationships returned on their own are kept in `rows` only.
 */
export function rowsToCypherResult(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): CypherResult {
  const nodes = new Map<string, CypherResult['nodes'][number]>();
  const relationships = new Map<string, CypherResult['relationships'][number]>();

  const nodeKey = (n: PlainNode): string => {
    const p = n.properties;
    if (typeof p.key === 'string' && p.key) return p.key;
    return `${n.labels.join(':')}|${typeof p.name === 'string' ? p.name : JSON.stringify(p)}`;
  };
  const addNode = (n: PlainNode): string => {
    const key = nodeKey(n);
    if (!nodes.has(key)) nodes.set(key, { key, labels: n.labels, properties: n.properties });
    return key;
  };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (isNode(v)) {
      addNode(v);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) {
        if (isSegment(item)) {
          const source = addNode(item.start);
          const target = addNode(item.end);
          const type = item.relationship.type;
          const key = `${source}|${type}|${target}`;
          if (!relationships.has(key))
            relationships.set(key, {
              key,
              type,
              source,
              target,
              properties: item.relationship.properties,
            });
        } else visit(item, depth + 1);
      }
      return;
    }
    if (isRelationship(v)) return;
    for (const x of Object.values(v)) visit(x, depth + 1);
  };
  for (const row of rows) for (const c of columns) visit(row[c], 0);
  return {
    columns: [...columns],
    rows: rows.map((r) => columns.map((c) => r[c] ?? null)),
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
  };
}

interface PlainNode {
  labels: string[];
  properties: Record<string, unknown>;
}

interface PlainRelationship {
  type: string;
  properties: Record<string, unknown>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNode(v: unknown): v is PlainNode {
  return isObject(v) && Array.isArray(v.labels) && isObject(v.properties);
}

function isRelationship(v: unknown): v is PlainRelationship {
  return isObject(v) && typeof v.type === 'string' && isObject(v.properties) && !('labels' in v);
}

function isSegment(
  v: unknown,
): v is { start: PlainNode; relationship: PlainRelationship; end: PlainNode } {
  return isObject(v) && isNode(v.start) && isNode(v.end) && isRelationship(v.relationship);
}
