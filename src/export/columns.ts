import { InvalidInputError } from '../errors.js';
import {
  ENTITY_TYPES,
  type EntityType,
  type Evidence,
  type FeatureType,
  type GeoSource,
  MODALITIES,
  POLARITIES,
  RELATION_TYPES,
  type Span,
} from '../extract/types.js';
import type { CounterEvidence, EdgeAttributes, NodeAttributes } from '../graph/types.js';

/**
 * The flat form of the JSON contract that every column-based format
 * (GraphML, GEXF, CSV, Cypher) writes and every reader decodes. Scalars keep
 * their own column; lists of strings keep a list where the format has one;
 * lists of objects (mentions, evidence) travel as JSON text in a string
 * column named `*_json`, which is what makes import(export(g)) equal g.
 * The `*_text` columns are conveniences for people reading the file in Gephi
 * or Cytoscape; readers ignore them.
 */
export interface NodeRecord extends NodeGeo {
  name: string;
  type: EntityType;
  aliases: string[];
  titles?: string[];
  docs?: string[];
  mentions: Span[];
  counterEvidence?: CounterEvidence[];
}

/** A Location's place (see graph/types.ts); every field set together or none. */
export interface NodeGeo {
  lat?: number;
  lon?: number;
  country?: string;
  featureType?: FeatureType;
  geoSource?: GeoSource;
  geoApproximate?: boolean;
}

const FEATURE_TYPES = new Set<string>(['country', 'region', 'city', 'facility']);
const GEO_SOURCES = new Set<string>(['countries', 'us-states', 'towns']);

/**
 * A node's place from flat columns (`lat`, and `lng` as GraphML and GEXF
 * write it for Gephi's geo layout, or `lon`), checked: coordinates in range,
 * feature type and source from their vocabularies. No `lat`: no place.
 */
export function decodeGeo(a: Record<string, unknown>, where: string): NodeGeo {
  const lat = a.lat;
  const lon = a.lng ?? a.lon;
  if (
    (lat === undefined || lat === '' || lat === null) &&
    (lon === undefined || lon === '' || lon === null)
  )
    return {};
  const out: NodeGeo = {
    lat: numberColumn(lat, `${where}: lat`),
    lon: numberColumn(lon, `${where}: lng`),
  };
  if (Math.abs(out.lat as number) > 90 || Math.abs(out.lon as number) > 180)
    throw new InvalidInputError(`${where}: lat/lng ${out.lat},${out.lon} out of range`);
  const country = optionalString(a.country);
  if (country !== undefined) out.country = country;
  const ft = optionalString(a.featureType);
  if (ft !== undefined) {
    if (!FEATURE_TYPES.has(ft))
      throw new InvalidInputError(
        `${where}: featureType ${JSON.stringify(ft)} is not one of ${[...FEATURE_TYPES].join(', ')}`,
      );
    out.featureType = ft as FeatureType;
  }
  const src = optionalString(a.geoSource);
  if (src !== undefined) {
    if (!GEO_SOURCES.has(src))
      throw new InvalidInputError(
        `${where}: geoSource ${JSON.stringify(src)} is not one of ${[...GEO_SOURCES].join(', ')}`,
      );
    out.geoSource = src as GeoSource;
  }
  if (a.geoApproximate === true || a.geoApproximate === 'true') out.geoApproximate = true;
  return out;
}

export interface EdgeRecord {
  type: string;
  count: number;
  confidence: number;
  firstDate?: string;
  lastDate?: string;
  docs?: string[];
  evidence: Evidence[];
}

const ENTITY = new Set<string>(ENTITY_TYPES);
const RELATION = new Set<string>(RELATION_TYPES);

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && ENTITY.has(value);
}

export function isRelationType(value: unknown): value is string {
  return typeof value === 'string' && RELATION.has(value);
}

/** The relation type, checked against the vocabulary (labels and types are never data). */
export function checkedRelationType(type: unknown, edge: string): string {
  if (!isRelationType(type))
    throw new InvalidInputError(
      `edge ${JSON.stringify(edge)}: relation type ${JSON.stringify(type)} is not in the vocabulary (${RELATION_TYPES.join(', ')})`,
    );
  return type;
}

export function checkedEntityType(type: unknown, node: string): EntityType {
  if (!isEntityType(type))
    throw new InvalidInputError(
      `node ${JSON.stringify(node)}: type ${JSON.stringify(type)} is not one of ${ENTITY_TYPES.join(', ')}`,
    );
  return type;
}

/** Evidence sentences joined for reading, one per line. */
export function evidenceText(evidence: readonly Span[]): string {
  return evidence.map((e) => e.text).join('\n');
}

/** Parses a `*_json` column; `fallback` when the column is absent. */
export function parseJsonColumn<T>(
  value: unknown,
  fallback: T,
  check: (v: unknown) => boolean,
  where: string,
): T {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string')
    throw new InvalidInputError(`${where}: expected JSON text, got ${typeof value}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (cause) {
    throw new InvalidInputError(`${where}: not valid JSON`, { cause });
  }
  if (!check(parsed)) throw new InvalidInputError(`${where}: unexpected JSON shape`);
  return parsed as T;
}

export const isStringList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

export const isSpanList = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as Span).doc === 'string' &&
      typeof (s as Span).text === 'string' &&
      typeof (s as Span).start === 'number' &&
      typeof (s as Span).end === 'number',
  );

const POLARITY = new Set<unknown>(POLARITIES);
const MODALITY = new Set<unknown>(MODALITIES);

/** Evidence: spans whose optional date fields are text and a known date source, whose page is a page number, and whose marks, where present, are of the vocabulary. */
export const isEvidenceList = (v: unknown): boolean =>
  isSpanList(v) &&
  (v as Evidence[]).every(
    (e) =>
      (e.date === undefined || typeof e.date === 'string') &&
      (e.dateText === undefined || typeof e.dateText === 'string') &&
      (e.dateSource === undefined || e.dateSource === 'text' || e.dateSource === 'article') &&
      (e.page === undefined || (Number.isInteger(e.page) && (e.page as number) >= 1)) &&
      (e.rule === undefined || typeof e.rule === 'string') &&
      (e.polarity === undefined || POLARITY.has(e.polarity)) &&
      (e.modality === undefined || MODALITY.has(e.modality)) &&
      (e.attributedTo === undefined || isStringList(e.attributedTo)),
  );

/** A node's place as flat columns: `lat`/`lng` (Gephi's geo layout), country, featureType, geoSource. */
export function geoColumns(a: NodeGeo): Record<string, string | number | boolean> {
  if (a.lat === undefined || a.lon === undefined) return {};
  const out: Record<string, string | number | boolean> = { lat: a.lat, lng: a.lon };
  if (a.country !== undefined) out.country = a.country;
  if (a.featureType !== undefined) out.featureType = a.featureType;
  if (a.geoSource !== undefined) out.geoSource = a.geoSource;
  if (a.geoApproximate) out.geoApproximate = true;
  return out;
}

/** Counter-evidence: evidence with a relation type of the vocabulary and a target key. */
export const isCounterEvidenceList = (v: unknown): boolean =>
  isEvidenceList(v) &&
  (v as CounterEvidence[]).every((e) => isRelationType(e.type) && typeof e.target === 'string');

/**
 * The contract attributes of a node, optional ones only when set, in the
 * order buildGraph sets them, so an imported graph serializes byte for byte
 * like the built one.
 */
export function nodeAttributes(rec: NodeRecord): NodeAttributes {
  const out: NodeAttributes = {
    name: rec.name,
    type: rec.type,
    aliases: rec.aliases,
    mentions: rec.mentions,
  };
  if (rec.docs !== undefined) out.docs = rec.docs;
  if (rec.titles !== undefined) out.titles = rec.titles;
  if (rec.lat !== undefined && rec.lon !== undefined) {
    out.lat = rec.lat;
    out.lon = rec.lon;
    if (rec.country !== undefined) out.country = rec.country;
    if (rec.featureType !== undefined) out.featureType = rec.featureType;
    if (rec.geoSource !== undefined) out.geoSource = rec.geoSource;
    if (rec.geoApproximate) out.geoApproximate = true;
  }
  if (rec.counterEvidence !== undefined) out.counterEvidence = rec.counterEvidence;
  return out;
}

export function edgeAttributes(rec: EdgeRecord): EdgeAttributes {
  const out: EdgeAttributes = {
    type: rec.type,
    evidence: rec.evidence,
    count: rec.count,
    confidence: rec.confidence,
  };
  if (rec.docs !== undefined) out.docs = rec.docs;
  if (rec.firstDate !== undefined) out.firstDate = rec.firstDate;
  if (rec.lastDate !== undefined) out.lastDate = rec.lastDate;
  return out;
}

/** A finite number from a column, or an input error naming it. */
export function numberColumn(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n))
    throw new InvalidInputError(`${where}: expected a number, got ${JSON.stringify(value)}`);
  return n;
}

export function stringColumn(value: unknown, where: string): string {
  if (typeof value !== 'string')
    throw new InvalidInputError(`${where}: expected text, got ${JSON.stringify(value)}`);
  return value;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
