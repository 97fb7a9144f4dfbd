import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { DocExtraction } from '../../extract/types.js';
import { ENTITY_LABELS } from './allow-list.js';
import { sessionConfig, toGraphwireError } from './connect.js';
import { endDay, MERGE_RELATIONS, RELATION, startDay } from './relation-statements.js';
import {
  type ArticleRow,
  type BatchRows,
  type EntityRow,
  type MentionRow,
  toRows,
} from './rows.js';
import { type TextRows, textRows } from './text-rows.js';
import { tuples } from './tuples.js';
import type { Neo4jConfig, WriteStats } from './types.js';

/**
 * Writes batches of extractions into Neo4j. One batch is one transaction in
 * `session.executeWrite`, so the driver retries it whole on transient errors
 * (deadlocks, a restarting server) and a batch is either in Neo4j or not.
 *
 * Every value travels as a parameter. Labels and relationship types come from
 * the allow-list maps below, never from article text.
 *
 * Concurrency: a writer first locks the :Article nodes of its batch, so two
 * processes writing the same article take turns; every read-modify-write of
 * an existing entity or relationship takes its write lock (`ON MATCH SET
 * _lock`) before it reads, so concurrent writers never lose each other's
 * updates. A node or relationship MERGE creates is locked by its creation and
 * gets its final values in ON CREATE, with no second pass.
 */

// Lock the batch's articles (the lock holds until commit), set their
// properties, and return the ids of those that already carried contributions.
const ARTICLE = tuples<ArticleRow>(['id', 'hash', 'title', 'date', 'url', 'source']);
const LOCK_ARTICLES = ARTICLE.rewrite(
  `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON MATCH SET a._lock = true
WITH a, row, a.hash IS NOT NULL AS existed
SET a.hash = row.hash, a.title = row.title, a.date = row.date, a.url = row.url, a.source = row.source
REMOVE a._lock
WITH a, existed WHERE existed
RETURN a.id AS id`,
  'row',
);

// Take an article's evidence off the relationships it supported.
const REMOVE_EVIDENCE = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)<-[:MENTIONS]-(a)
WHERE id IN r.docs
WITH r, collect(DISTINCT id) AS gone
SET r._lock = true
WITH r, gone, [i IN range(0, size(r.evidenceDoc) - 1) WHERE NOT r.evidenceDoc[i] IN gone OR r.evidenceOrdinal[i] < 0] AS keep
SET r.evidenceDoc = [i IN keep | r.evidenceDoc[i]],
    r.evidenceText = [i IN keep | r.evidenceText[i]],
    r.evidenceStart = [i IN keep | r.evidenceStart[i]],
    r.evidenceEnd = [i IN keep | r.evidenceEnd[i]],
    r.evidenceConfidence = [i IN keep | r.evidenceConfidence[i]],
    r.evidenceOrdinal = [i IN keep | r.evidenceOrdinal[i]],
    r.evidencePage = [i IN keep | coalesce(r.evidencePage[i], 0)],
    r.evidenceDate = [i IN keep | coalesce(r.evidenceDate[i], '')],
    r.evidenceDateText = [i IN keep | coalesce(r.evidenceDateText[i], '')],
    r.evidenceDateSource = [i IN keep | coalesce(r.evidenceDateSource[i], '')],
    r.evidenceRule = [i IN keep | coalesce(r.evidenceRule[i], '')],
    r.evidenceModality = [i IN keep | coalesce(r.evidenceModality[i], '')],
    r.evidenceAttributedTo = [i IN keep | coalesce(r.evidenceAttributedTo[i], '')],
    r.docs = [d IN r.docs WHERE NOT d IN gone],
    r.count = size(keep)
WITH r, [i IN range(0, size(r.evidenceDoc) - 1) |
    CASE WHEN r.evidenceDate[i] <> '' THEN r.evidenceDate[i]
    ELSE COLLECT { MATCH (d:Article {id: r.evidenceDoc[i]}) RETURN d.date }[0] END] AS dates
WITH r, [d IN dates WHERE d IS NOT NULL] AS dates
SET r.confidence = round(reduce(c = 0.0, x IN r.evidenceConfidence | 1 - (1 - c) * (1 - x)), 3),
    r.firstDate = COLLECT { UNWIND dates AS d RETURN d ORDER BY ${startDay('d')}, d LIMIT 1 }[0],
    r.lastDate = COLLECT { UNWIND dates AS d RETURN d ORDER BY ${endDay('d')} DESC, d DESC LIMIT 1 }[0]
REMOVE r._lock
WITH r WHERE r.count = 0 AND r.imported IS NULL
DELETE r`;

// Take an article's mentions off; return the entities they pointed to.
const REMOVE_MENTIONS = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN DISTINCT e.key AS key`;

// Recompute entities from the mentions left; delete those no article mentions.
// An entity of an imported graph (graphwire import --neo4j) keeps what the
// import says: it stands for articles that no longer carry mentions.
const RECOMPUTE_ENTITIES = `
UNWIND $keys AS key
MATCH (e:Entity {key: key}) WHERE e.imported IS NULL
SET e._lock = true
WITH e, COLLECT { MATCH (a:Article)-[:MENTIONS]->(e) RETURN a.id ORDER BY a.id } AS docs
WITH e, docs,
  COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN m ORDER BY m.nameWords DESC, m.nameLength DESC, m.name LIMIT 1 }[0] AS best
SET e.name = coalesce(best.name, e.name), e.nameWords = best.nameWords, e.nameLength = best.nameLength,
    e.allNames = COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) UNWIND [m.name] + coalesce(m.aliases, []) AS n RETURN DISTINCT n ORDER BY n },
    e.titles = COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) UNWIND coalesce(m.titles, []) AS t RETURN DISTINCT t ORDER BY t },
    e.mentionCount = COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN sum(size(m.mentionStart)) }[0],
    e.articles = size(docs)
SET e.aliases = [n IN e.allNames WHERE n <> e.name]
REMOVE e._lock
WITH e, docs WHERE size(docs) = 0
DETACH DELETE e`;

/**
 * A Location's place: what most of the articles mentioning it say (the first
 * by id on a tie), as buildGraph decides; a point for distance queries. Read
 * from the MENTIONS geo properties, so `ingest --bulk` runs it after its import.
 * The key is looked up on :Entity, whose constraint indexes it: matched as
 * `(e:Location {key})` the planner scanned every Location for every key, which
 * took 21 of the 56 s of a whole-Reuters incremental write.
 */
/** Decides the place of each Location `e`: the most voted place of its mentions, the first article's on a tie. */
const DECIDE_PLACE = `
WITH e, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(e) WHERE m.lat IS NOT NULL
  WITH m.lat AS lat, m.lon AS lon, m.featureType AS ft, count(*) AS n, min(a.id) AS first, collect(m)[0] AS one
  RETURN one ORDER BY n DESC, first LIMIT 1 }[0] AS best
SET e.location = CASE WHEN best IS NULL THEN null ELSE point({latitude: best.lat, longitude: best.lon}) END,
    e.lat = best.lat, e.lon = best.lon, e.country = best.country, e.featureType = best.featureType,
    e.geoSource = best.geoSource, e.geoApproximate = best.geoApproximate`;

export const PLACE_ENTITIES = `
UNWIND $keys AS key
MATCH (e:Entity {key: key}) WHERE e:Location${DECIDE_PLACE}`;

/**
 * PLACE_ENTITIES for the Locations a batch wrote, skipping those whose place
 * cannot have changed: when every mention the batch wrote of a Location
 * places it where the stored place already is (same lat, lon and feature
 * type), that place only gained votes and is still the most voted (an
 * earlier first article can only keep it first on a tie). Re-deciding those
 * read every MENTIONS edge of each such Location in every transaction: the
 * country names a Reuters batch places are mentioned by thousands of
 * articles. A row without `lat` (the batch places the Location in more than
 * one place, or its article was replaced) is always decided again. The
 * entity is write-locked by the batch's MERGE, so a concurrent writer cannot
 * change its place between this check and the commit.
 */
export interface PlaceRow {
  key: string;
  lat: number | null;
  lon: number | null;
  featureType: string | null;
}
const PLACE = tuples<PlaceRow>(['key', 'lat', 'lon', 'featureType']);
const PLACE_CHANGED = PLACE.rewrite(
  `
UNWIND $rows AS row
MATCH (e:Entity {key: row.key}) WHERE e:Location
  AND NOT coalesce(row.lat IS NOT NULL AND e.lat = row.lat AND e.lon = row.lon
    AND coalesce(e.featureType = row.featureType, e.featureType IS NULL AND row.featureType IS NULL), false)${DECIDE_PLACE}`,
  'row',
);

/**
 * One row per Location the batch places or whose mentions it replaced,
 * sorted by key: its one place in the batch, or no place (decide again).
 */
export function placeRows(
  mentions: readonly MentionRow[],
  replaced: readonly string[],
): PlaceRow[] {
  const rows = new Map<string, PlaceRow>();
  const unknown = (key: string): PlaceRow => ({ key, lat: null, lon: null, featureType: null });
  for (const m of mentions) {
    if (!m.geo) continue;
    const [lat, lon, , featureType] = m.geo;
    const seen = rows.get(m.key);
    if (!seen) rows.set(m.key, { key: m.key, lat, lon, featureType: featureType ?? null });
    else if (seen.lat !== lat || seen.lon !== lon || seen.featureType !== (featureType ?? null))
      rows.set(m.key, unknown(m.key));
  }
  for (const k of replaced) rows.set(k, unknown(k));
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * An entity row as it travels: how many of the batch's articles mention it,
 * not their ids (only the count is stored; the ids were a string per
 * mention to encode and decode), and no titles as null (most entities have
 * none; an empty list was one more property stored).
 */
interface EntityWire extends Omit<EntityRow, 'docs' | 'titles'> {
  /** The node label, from the allow-list (ENTITY_LABELS) by the row's type. */
  label: string;
  titles: string[] | null;
  articles: number;
}
const ENTITY = textRows<EntityWire>({
  key: 'text',
  type: 'text',
  label: 'text',
  name: 'text',
  nameWords: 'int',
  nameLength: 'int',
  allNames: 'texts',
  titles: 'texts',
  articles: 'int',
  mentionCount: 'int',
});

/** The wire form of an entity row (see EntityWire). */
export function entityWire(e: EntityRow): EntityWire {
  const label = ENTITY_LABELS[e.type];
  // A programming error: rows are typed by the extractor's own vocabulary.
  if (!label) throw new Error(`no label for entity type ${e.type}`);
  // Spelt out: an object rest and spread per row took 118 ms of client CPU a
  // whole-Reuters write (42,257 rows), the literal 6 ms.
  return {
    key: e.key,
    type: e.type,
    label,
    name: e.name,
    nameWords: e.nameWords,
    nameLength: e.nameLength,
    allNames: e.allNames,
    titles: e.titles.length ? e.titles : null,
    articles: e.docs.length,
    mentionCount: e.mentionCount,
  };
}

/**
 * One statement for every label: the label is a parameter (`SET e:$(...)`,
 * Cypher 5.26), taken from the allow-list, so Neo4j plans one text where it
 * planned one per label, 100 to 300 ms each on a server's first batch. The
 * MERGE itself stays on the static :Entity(key) constraint: a dynamic label
 * in a MERGE or MATCH pattern cannot use an index in Neo4j 5.26.
 */
const MERGE_ENTITIES = `
UNWIND $rows AS line
WITH split(line, $sep[0]) AS f
WITH ${ENTITY.map('f')} AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:$(row.label), e.type = row.type, e.name = row.name, e.nameWords = row.nameWords,
  e.nameLength = row.nameLength, e.allNames = row.allNames, e.titles = row.titles,
  e.aliases = [n IN row.allNames WHERE n <> row.name], e.articles = row.articles,
  e.mentionCount = row.mentionCount
ON MATCH SET e._lock = true
WITH e, row WHERE e._lock IS NOT NULL
WITH e, row,
  e.imported IS NULL AND (row.nameWords > e.nameWords OR (row.nameWords = e.nameWords AND (row.nameLength > e.nameLength
    OR (row.nameLength = e.nameLength AND row.name < e.name)))) AS better
SET e.name = CASE WHEN better THEN row.name ELSE e.name END,
    e.nameWords = CASE WHEN better THEN row.nameWords ELSE e.nameWords END,
    e.nameLength = CASE WHEN better THEN row.nameLength ELSE e.nameLength END,
    e.allNames = coalesce(e.allNames, []) + [n IN row.allNames WHERE NOT n IN coalesce(e.allNames, [])],
    e.titles = CASE WHEN row.titles IS NULL THEN e.titles
      ELSE coalesce(e.titles, []) + [t IN row.titles WHERE NOT t IN coalesce(e.titles, [])] END,
    e.articles = e.articles + row.articles,
    e.mentionCount = e.mentionCount + row.mentionCount
SET e.aliases = [n IN e.allNames WHERE n <> e.name]
REMOVE e._lock`;

// CREATE, not MERGE: the batch's articles are locked and have no MENTIONS left.
// Rows come grouped by article, so each article is looked up once, not once
// per entity it mentions. The properties go in the CREATE: a null there is
// simply not stored, where `SET r.lat = null` is one more removal per row.
// Mentions are most of what a batch sends: each travels as one string
// (text-rows.ts), an empty list of aliases or titles as none, so the CREATE
// stores no property for it (as `ingest --bulk` stores none, and every reader
// takes a missing list for an empty one).
interface MentionWire extends Omit<MentionRow, 'geo' | 'doc' | 'type' | 'counterEvidence'> {
  /** [lat, lon, country, featureType, geoSource, 'true' when approximate else ''], or none. */
  geo: string[];
  counterEvidence: string;
}
const MENTION = textRows<MentionWire>({
  key: 'text',
  ordinal: 'int',
  name: 'text',
  nameWords: 'int',
  nameLength: 'int',
  aliases: 'texts',
  titles: 'texts',
  mentionText: 'texts',
  mentionStart: 'ints',
  mentionEnd: 'ints',
  geo: 'texts',
  counterEvidence: 'text',
});
const NO_GEO: string[] = [];
/** The wire form of a mention row. */
export function mentionWire(m: MentionRow): MentionWire {
  const g = m.geo;
  return {
    key: m.key,
    ordinal: m.ordinal,
    name: m.name,
    nameWords: m.nameWords,
    nameLength: m.nameLength,
    aliases: m.aliases,
    titles: m.titles,
    mentionText: m.mentionText,
    mentionStart: m.mentionStart,
    mentionEnd: m.mentionEnd,
    geo: g ? [String(g[0]), String(g[1]), g[2], g[3], g[4], g[5] ? 'true' : ''] : NO_GEO,
    counterEvidence: m.counterEvidence ?? '',
  };
}
const MENTION_GROUP = tuples<{ doc: string; mentions: string[] }>(['doc', 'mentions']);
const CREATE_MENTIONS = MENTION.rewrite(
  MENTION_GROUP.rewrite(
    `
UNWIND $rows AS row
MATCH (a:Article {id: row.doc})
UNWIND row.mentions AS line
WITH a, split(line, $sep[0]) AS m
MATCH (e:Entity {key: m.key})
WITH a, e, m, m.geo AS geo
CREATE (a)-[:MENTIONS {ordinal: m.ordinal, name: m.name, nameWords: m.nameWords, nameLength: m.nameLength,
    aliases: m.aliases, titles: m.titles, mentionText: m.mentionText,
    mentionStart: m.mentionStart, mentionEnd: m.mentionEnd,
    lat: toFloat(geo[0]), lon: toFloat(geo[1]), country: geo[2], featureType: geo[3],
    geoSource: geo[4], geoApproximate: CASE geo[5] WHEN 'true' THEN true END,
    counterEvidence_json: CASE WHEN m.counterEvidence = '' THEN null ELSE m.counterEvidence END}]->(e)`,
    'row',
  ),
  'm',
);

/** The fields each kind of row carries, in the order they travel (a CSV bulk load can use the same columns). */
export const ROW_FIELDS = {
  article: ARTICLE.fields,
  entity: ENTITY.fields,
  mention: MENTION.fields,
  relation: RELATION.fields,
};

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  chunk?: number;
  /**
   * Called once every statement of the batch is sent, while the server runs
   * them and commits: the client's idle time, where a caller builds the next
   * batch's rows. At most once per write, also when the driver retries it.
   */
  whileWaiting?: () => void;
}

export const DEFAULTS: { chunk: number } = { chunk: 2000 };

/**
 * For the statements every batch runs. `replan=skip`: each is anchored on a
 * key constraint (a unique index seek per row), so its plan does not depend
 * on the size of the graph. Without it Neo4j replans every statement whenever
 * its statistics have drifted, which on a growing graph is every few seconds;
 * on the Reuters benchmark planning took more time than the writes.
 */
export const cypher = (query: string) => `CYPHER replan=skip ${query}`;

/**
 * Mention rows grouped by article, `{doc, mentions}`, in chunks of about
 * `chunk` mentions; an article's mentions stay in one chunk.
 */
export function mentionsByArticle(
  mentions: readonly MentionRow[],
  chunk: number,
): { doc: string; mentions: MentionRow[] }[][] {
  const groups = new Map<string, MentionRow[]>();
  for (const m of mentions) {
    const list = groups.get(m.doc);
    if (list) list.push(m);
    else groups.set(m.doc, [m]);
  }
  const parts: { doc: string; mentions: MentionRow[] }[][] = [];
  let part: { doc: string; mentions: MentionRow[] }[] = [];
  let size = 0;
  for (const [doc, list] of groups) {
    if (size > 0 && size + list.length > chunk) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push({ doc, mentions: list });
    size += list.length;
  }
  if (part.length) parts.push(part);
  return parts;
}

/**
 * The statements that write a batch's entities, relationships and mentions,
 * as [query, parameters], in the order they run: entities first (the
 * mentions and relationships after them MATCH their keys), relationships
 * before mentions (their MERGEs then look for an existing relationship
 * before the batch's ~20,000 MENTIONS are in the transaction: about 10% less
 * server time for them in alternating whole-Reuters writes). Each UNWIND
 * takes `chunk` rows. A generator: each statement's rows are encoded when it
 * is about to be sent, so the client encodes one while Neo4j runs the one
 * before.
 */
function* dataStatements(
  rows: BatchRows,
  chunk: number,
): Generator<[string, Record<string, unknown>]> {
  function* unwind<T>(query: string, list: readonly T[], text: TextRows<T>) {
    for (let i = 0; i < list.length; i += chunk) {
      const { lines, sep } = text.encode(list.slice(i, i + chunk));
      yield [cypher(query), { rows: lines, sep }] as [string, Record<string, unknown>];
    }
  }
  // In key order across labels, as toRows groups them.
  yield* unwind(MERGE_ENTITIES, [...rows.entities.values()].flat().map(entityWire), ENTITY);
  for (const [type, list] of rows.relations) {
    yield* unwind(MERGE_RELATIONS.get(type) as string, list, RELATION);
  }
  for (const part of mentionsByArticle(rows.mentions, chunk)) {
    const { lines, sep } = MENTION.encode(part.flatMap((g) => g.mentions.map(mentionWire)));
    let at = 0;
    const groups = part.map((g) => {
      at += g.mentions.length;
      return MENTION_GROUP.encode({
        doc: g.doc,
        mentions: lines.slice(at - g.mentions.length, at),
      });
    });
    yield [cypher(CREATE_MENTIONS), { rows: groups, sep }];
  }
}

/**
 * Lets the driver send what `tx.run` queued. A transaction's `run` packs and
 * writes its message only in a later microtask (after the driver's promise
 * chain for the connection), so a statement queued before a stretch of
 * synchronous work reaches Neo4j only after that work: the server idled while
 * the client encoded the batch and built the next one's rows (about 0.2 s of
 * client CPU a 40,000-row transaction, least of 8 whole-Reuters writes, and
 * up to twice that at load). A macrotask runs after every pending microtask.
 */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One batch inside one transaction: lock articles, drop their old contributions, merge the new. */
export async function writeBatch(
  tx: ManagedTransaction,
  rows: BatchRows,
  options?: WriteOptions,
): Promise<void> {
  const { chunk, whileWaiting } = { ...DEFAULTS, ...options };
  const locking = tx.run(cypher(LOCK_ARTICLES), { rows: rows.articles.map(ARTICLE.encode) });
  let lockDone = false;
  const settled = () => {
    lockDone = true;
  };
  locking.then(settled, settled);
  await flush();
  // Encoded while Neo4j locks the articles: the new rows go after the removal
  // of what the batch's existing articles held, which needs the lock's answer.
  const statements = dataStatements(rows, chunk);
  const ready: [string, Record<string, unknown>][] = [];
  while (!lockDone) {
    const next = statements.next();
    if (next.done) break;
    ready.push(next.value);
    await flush();
  }
  const locked = await locking;
  const existed = locked.records.map((r) => r.get('id') as string);
  // Entities whose mentions were replaced: their place is decided again below.
  const replaced: string[] = [];
  if (existed.length) {
    await tx.run(REMOVE_EVIDENCE, { ids: existed });
    const gone = await tx.run(REMOVE_MENTIONS, { ids: existed });
    const keys = gone.records.map((r) => r.get('key') as string).sort();
    if (keys.length) await tx.run(RECOMPUTE_ENTITIES, { keys });
    replaced.push(...keys);
  }
  // Sent without waiting for each other: statements in a transaction run in
  // the order sent, so the server executes one while the client encodes and
  // the driver packs the next.
  const sent = ready.map(([query, params]) => tx.run(query, params));
  for (const [query, params] of statements) {
    await flush();
    sent.push(tx.run(query, params));
  }
  // Places last: they read the mentions written above.
  const places = placeRows(rows.mentions, replaced);
  if (places.length) sent.push(tx.run(cypher(PLACE_CHANGED), { rows: places.map(PLACE.encode) }));
  // Everything on its way before the caller's work, which Neo4j's runs overlap.
  await flush();
  whileWaiting?.();
  await Promise.all(sent);
}

export function statsOf(rows: BatchRows): WriteStats {
  let entities = 0;
  let relationships = 0;
  for (const l of rows.entities.values()) entities += l.length;
  for (const l of rows.relations.values()) relationships += l.length;
  return {
    articles: rows.articles.length,
    entities,
    mentions: rows.mentions.length,
    relationships,
    droppedRelations: rows.droppedRelations,
  };
}

/**
 * Writes extractions to Neo4j in one retried transaction; each extraction
 * replaces whatever its article contributed before. Idempotent.
 */
export async function writeExtractions(
  driver: Driver,
  config: Neo4jConfig,
  extractions: readonly DocExtraction[],
  options?: WriteOptions,
): Promise<WriteStats> {
  return writeRows(driver, config, toRows(extractions), options);
}

/** Writes one batch's rows (from `toRows`) in one retried transaction. */
export async function writeRows(
  driver: Driver,
  config: Neo4jConfig,
  rows: BatchRows,
  options?: WriteOptions,
): Promise<WriteStats> {
  if (rows.articles.length === 0) return statsOf(rows);
  const session = driver.session(sessionConfig(config, 'WRITE'));
  const waiting = options?.whileWaiting;
  let waited = false;
  const once = () => {
    if (waited) return;
    waited = true;
    waiting?.();
  };
  try {
    await session.executeWrite((tx) => writeBatch(tx, rows, { ...options, whileWaiting: once }));
  } catch (err) {
    throw toGraphwireError(config, err, 'writing a batch');
  } finally {
    await session.close();
  }
  return statsOf(rows);
}
