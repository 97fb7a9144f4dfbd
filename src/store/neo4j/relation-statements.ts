import { RELATION_TYPES, type RelationType } from './allow-list.js';
import type { RelationRow } from './rows.js';
import { textRows } from './text-rows.js';

// The statements that merge relationships, one per type of the allow-list,
// and the Cypher that widens a stored date to the days it covers (also read
// when an article's evidence is taken off its relationships).

/**
 * Cypher for the first and last day (`YYYY-MM-DD`) a date of any precision
 * the extractor writes covers (`YYYY`, `YYYY-MM`, `YYYY-Www`, `YYYY-MM-DD`),
 * as graph/date-range.ts computes them, so edges widen the same way here.
 */
export function startDay(d: string): string {
  return `CASE WHEN ${d} =~ '[0-9]{4}' THEN ${d} + '-01-01' WHEN ${d} =~ '[0-9]{4}-[0-9]{2}' THEN ${d} + '-01' WHEN ${d} =~ '[0-9]{4}-W[0-9]{2}' THEN toString(date({year: toInteger(left(${d}, 4)), week: toInteger(right(${d}, 2))})) ELSE left(${d}, 10) END`;
}
export function endDay(d: string): string {
  return `CASE WHEN ${d} =~ '[0-9]{4}' THEN ${d} + '-12-31' WHEN ${d} =~ '[0-9]{4}-[0-9]{2}' THEN toString(date(${d} + '-01') + duration({months: 1}) - duration({days: 1})) WHEN ${d} =~ '[0-9]{4}-W[0-9]{2}' THEN toString(date({year: toInteger(left(${d}, 4)), week: toInteger(right(${d}, 2)), dayOfWeek: 7})) ELSE left(${d}, 10) END`;
}

export const RELATION = textRows<RelationRow>({
  s: 'text',
  t: 'text',
  docs: 'texts',
  evidenceDoc: 'texts',
  evidenceText: 'texts',
  evidenceStart: 'ints',
  evidenceEnd: 'ints',
  evidenceConfidence: 'floats',
  evidenceOrdinal: 'ints',
  evidencePage: 'ints',
  evidenceDate: 'texts',
  evidenceDateText: 'texts',
  evidenceDateSource: 'texts',
  evidenceRule: 'texts',
  evidenceModality: 'texts',
  evidenceAttributedTo: 'texts',
  firstDate: 'maybe',
  lastDate: 'maybe',
});

/**
 * A stored list of whole numbers as integers: a graph written before they
 * travelled as integers holds them as floats, and a list of both kinds
 * cannot be stored.
 */
const ints = (list: string) => `[x IN ${list} | toInteger(x)]`;

/**
 * One relationship type's statement. On a match, the per-evidence lists a
 * stored relationship may lack (written before they existed) are padded by
 * the evidence it already holds, so they are set before evidenceDoc grows:
 * item i of every list stays about evidence i.
 */
function mergeRelations(type: string): string {
  return `
UNWIND $rows AS line
WITH split(line, $sep[0]) AS f
WITH ${RELATION.map('f')} AS row
MATCH (s:Entity {key: row.s})
MATCH (t:Entity {key: row.t})
MERGE (s)-[r:${type}]->(t)
ON CREATE SET r.evidenceDoc = row.evidenceDoc, r.evidenceText = row.evidenceText,
  r.evidenceStart = row.evidenceStart, r.evidenceEnd = row.evidenceEnd,
  r.evidenceConfidence = row.evidenceConfidence, r.evidenceOrdinal = row.evidenceOrdinal,
  r.evidencePage = row.evidencePage, r.evidenceDate = row.evidenceDate, r.evidenceDateText = row.evidenceDateText,
  r.evidenceDateSource = row.evidenceDateSource,
  r.evidenceRule = row.evidenceRule, r.evidenceModality = row.evidenceModality,
  r.evidenceAttributedTo = row.evidenceAttributedTo,
  r.docs = row.docs, r.firstDate = row.firstDate, r.lastDate = row.lastDate,
  r.count = size(row.evidenceDoc),
  r.confidence = round(reduce(c = 0.0, x IN row.evidenceConfidence | 1 - (1 - c) * (1 - x)), 3)
ON MATCH SET r._lock = true
WITH r, row WHERE r._lock IS NOT NULL
SET r.evidencePage = ${ints('coalesce(r.evidencePage, [x IN r.evidenceDoc | 0])')} + row.evidencePage,
    r.evidenceDate = coalesce(r.evidenceDate, [x IN r.evidenceDoc | '']) + row.evidenceDate,
    r.evidenceDateText = coalesce(r.evidenceDateText, [x IN r.evidenceDoc | '']) + row.evidenceDateText,
    r.evidenceDateSource = coalesce(r.evidenceDateSource, [x IN r.evidenceDoc | '']) + row.evidenceDateSource,
    r.evidenceRule = coalesce(r.evidenceRule, [x IN r.evidenceDoc | '']) + row.evidenceRule,
    r.evidenceModality = coalesce(r.evidenceModality, [x IN r.evidenceDoc | '']) + row.evidenceModality,
    r.evidenceAttributedTo = coalesce(r.evidenceAttributedTo, [x IN r.evidenceDoc | '']) + row.evidenceAttributedTo,
    r.evidenceDoc = r.evidenceDoc + row.evidenceDoc,
    r.evidenceText = r.evidenceText + row.evidenceText,
    r.evidenceStart = ${ints('r.evidenceStart')} + row.evidenceStart,
    r.evidenceEnd = ${ints('r.evidenceEnd')} + row.evidenceEnd,
    r.evidenceConfidence = r.evidenceConfidence + row.evidenceConfidence,
    r.evidenceOrdinal = ${ints('r.evidenceOrdinal')} + row.evidenceOrdinal,
    r.docs = r.docs + [d IN row.docs WHERE NOT d IN r.docs],
    r.firstDate = CASE WHEN row.firstDate IS NULL OR (r.firstDate IS NOT NULL AND ${startDay('r.firstDate')} <= ${startDay('row.firstDate')}) THEN r.firstDate ELSE row.firstDate END,
    r.lastDate = CASE WHEN row.lastDate IS NULL OR (r.lastDate IS NOT NULL AND ${endDay('r.lastDate')} >= ${endDay('row.lastDate')}) THEN r.lastDate ELSE row.lastDate END
SET r.count = size(r.evidenceDoc),
    r.confidence = round(reduce(c = 0.0, x IN r.evidenceConfidence | 1 - (1 - c) * (1 - x)), 3)
REMOVE r._lock`;
}

// Lists are read with coalesce: a database loaded by neo4j-admin (`--bulk`)
// has no property where the list was empty.

// Built once from the allow-list: the only Cypher texts with a relationship type in them.
export const MERGE_RELATIONS = new Map<RelationType, string>(
  RELATION_TYPES.map((t) => [t, mergeRelations(t)]),
);
