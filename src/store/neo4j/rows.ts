import type { DocExtraction, EntityType, Evidence } from '../../extract/types.js';
import { endsAfter, startsBefore } from '../../graph/date-range.js';
import { entityKey, preferredName } from '../../resolve/index.js';
import { isRelationType, RELATION_TYPES, type RelationType } from './allow-list.js';

/**
 * Pure: the rows one batch of extractions writes into Neo4j. Each row is
 * plain data passed as a query parameter; nothing here becomes Cypher text.
 */

export interface ArticleRow {
  id: string;
  hash: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
}

/** One entity's contribution from one article, stored on its MENTIONS relationship. */
export interface MentionRow {
  doc: string;
  key: string;
  type: EntityType;
  /** Position of the entity's first appearance among the article's entities. */
  ordinal: number;
  /** The article's preferred name for the entity, and the rank that orders names. */
  name: string;
  nameWords: number;
  nameLength: number;
  /** Every other name and alias the article uses for it. */
  aliases: string[];
  titles: string[];
  mentionText: string[];
  mentionStart: number[];
  mentionEnd: number[];
  /** Where the article places a Location: [lat, lon, country, featureType, geoSource, approximate]. */
  geo?: [number, number, string, string, string, boolean | null] | null;
  /**
   * What the article denies with the entity as source ("X did not attack Y"):
   * a JSON list of {type, target (entity key), confidence, evidence}, '' for none.
   * A negated statement is no relationship; it is kept here, with its article.
   */
  counterEvidence?: string;
}

/** One denied statement as MENTIONS.counterEvidence_json keeps it. */
export interface CounterRow {
  type: string;
  target: string;
  confidence: number;
  evidence: Evidence;
}

/** One entity, merged over the batch, for incremental MERGE. */
export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  nameWords: number;
  nameLength: number;
  /** Sorted distinct names and aliases. */
  allNames: string[];
  titles: string[];
  docs: string[];
  mentionCount: number;
}

/** A relationship's evidence as parallel lists, one entry per evidence sentence, as Neo4j stores them. */
export interface EvidenceLists {
  evidenceDoc: string[];
  evidenceText: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
  evidenceConfidence: number[];
  /** Position of the relation in its document's extraction: the order evidence is read back in. */
  evidenceOrdinal: number[];
  /** Page of a paged document (PDF) where each evidence sentence starts; 0 for none (lists cannot hold null). */
  evidencePage: number[];
  /** The date each evidence gives its event ('' for none; lists cannot hold null), its words and source. */
  evidenceDate: string[];
  evidenceDateText: string[];
  evidenceDateSource: string[];
  /** The rule that found each evidence sentence ('' when not recorded). */
  evidenceRule: string[];
  /** happened, planned, possible or alleged ('' when not recorded). */
  evidenceModality: string[];
  /** Who says so: a JSON list of entity keys, '' when no one is named. */
  evidenceAttributedTo: string[];
}

/** One relationship, merged over the batch: parallel evidence lists. */
export interface RelationRow extends EvidenceLists {
  s: string;
  t: string;
  docs: string[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface BatchRows {
  articles: ArticleRow[];
  mentions: MentionRow[];
  entities: Map<EntityType, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  droppedRelations: number;
}

/** Rows a document adds to a batch, about: its article, one mention group per entity, its relations. */
export function rowsOf(ext: DocExtraction): number {
  return 1 + ext.entities.length + ext.relations.length;
}

/**
 * Pure: consecutive groups of items of about equal size, each at most about
 * `maxRows` rows (an item larger than that is a group of its own), so a
 * transaction's size follows what it writes, not how many documents.
 */
export function groupByRows<T>(
  items: readonly T[],
  rowsOfItem: (item: T) => number,
  maxRows: number,
): T[][] {
  const sizes = items.map(rowsOfItem);
  const total = sizes.reduce((a, b) => a + b, 0);
  // As many groups as maxRows needs, filled evenly.
  const target = Math.ceil(total / Math.max(1, Math.ceil(total / maxRows)));
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  items.forEach((item, i) => {
    const n = sizes[i] as number;
    if (group.length > 0 && size + n > target) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += n;
  });
  if (group.length) groups.push(group);
  return groups;
}

/** The words-then-length rank of `preferredName`, so Neo4j can compare names without JS. */
export function nameRank(name: string): { nameWords: number; nameLength: number } {
  return { nameWords: name.split(/\s+/).length, nameLength: name.length };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists of strings are sorted with no comparator: Array.prototype.sort then
 * compares UTF-16 code units, the order of byString (and of `<`), without a
 * call into JavaScript per comparison.
 */

/**
 * Per call of toRows: the key and name rank of each distinct (type, name),
 * computed once. A corpus repeats its names (a country in thousands of
 * articles), and each key is a Unicode normalization and six regular
 * expressions.
 */
function memo() {
  const keys = new Map<EntityType, Map<string, string>>();
  const ranks = new Map<string, { nameWords: number; nameLength: number }>();
  return {
    key(e: { type: EntityType; name: string }): string {
      let byName = keys.get(e.type);
      if (!byName) keys.set(e.type, (byName = new Map()));
      let k = byName.get(e.name);
      if (k === undefined) byName.set(e.name, (k = entityKey(e)));
      return k;
    },
    rank(name: string): { nameWords: number; nameLength: number } {
      let r = ranks.get(name);
      if (!r) ranks.set(name, (r = nameRank(name)));
      return r;
    },
  };
}

/** One entity of one article while its mentions are gathered. */
interface Gathering {
  row: MentionRow;
  /** Its names and aliases in this article, distinct. */
  names: string[];
}

export function toRows(extractions: readonly DocExtraction[]): BatchRows {
  const articles: ArticleRow[] = [];
  const mentions: MentionRow[] = [];
  const entities = new Map<string, EntityRow>();
  // Each entity's mention rows, one per article: put in (key, doc) order at
  // the end, entity by entity, rather than sorting every mention of the batch.
  const mentionsOf = new Map<string, MentionRow[]>();
  const relations = new Map<string, { type: RelationType; row: RelationRow }>();
  const known = memo();
  let droppedRelations = 0;
  for (const ext of extractions) {
    const { doc } = ext;
    articles.push({
      id: doc.id,
      hash: doc.hash,
      title: doc.title ?? null,
      date: doc.date ?? null,
      url: doc.url ?? null,
      source: doc.source ?? null,
    });
    const local = new Map<string, string>();
    const perKey = new Map<string, Gathering>();
    ext.entities.forEach((e, ordinal) => {
      const key = known.key(e);
      local.set(e.id, key);
      let g = perKey.get(key);
      if (!g) {
        g = {
          row: {
            doc: doc.id,
            key,
            type: e.type,
            ordinal,
            name: e.name,
            nameWords: 0,
            nameLength: 0,
            aliases: [],
            titles: [],
            mentionText: [],
            mentionStart: [],
            mentionEnd: [],
            geo: null,
            counterEvidence: '',
          },
          names: [],
        };
        perKey.set(key, g);
      }
      const m = g.row;
      if (e.name !== m.name) m.name = preferredName(m.name, e.name);
      if (e.geo && !m.geo)
        m.geo = [
          e.geo.lat,
          e.geo.lon,
          e.geo.country,
          e.geo.featureType,
          e.geo.geoSource,
          e.geo.approximate ? true : null,
        ];
      if (!g.names.includes(e.name)) g.names.push(e.name);
      for (const a of e.aliases) if (!g.names.includes(a)) g.names.push(a);
      for (const t of e.titles ?? []) if (!m.titles.includes(t)) m.titles.push(t);
      for (const s of e.mentions) {
        // A span seen before (the same words found twice) counts once.
        let seen = false;
        for (let i = 0; i < m.mentionStart.length && !seen; i++)
          seen = m.mentionStart[i] === s.start && m.mentionEnd[i] === s.end;
        if (seen) continue;
        m.mentionText.push(s.text);
        m.mentionStart.push(s.start);
        m.mentionEnd.push(s.end);
      }
    });
    // Denied statements, by the key of their source.
    const denied = new Map<string, CounterRow[]>();
    ext.relations.forEach((r) => {
      const s = local.get(r.source);
      const t = local.get(r.target);
      if (!s || !t || s === t || r.evidence.polarity !== 'negated') return;
      const by = (r.evidence.attributedTo ?? []).flatMap((id) => local.get(id) ?? []);
      const evidence: Evidence = { ...r.evidence };
      if (by.length) evidence.attributedTo = by;
      else delete evidence.attributedTo;
      const list = denied.get(s) ?? [];
      list.push({ type: r.type, target: t, confidence: r.confidence, evidence });
      denied.set(s, list);
    });
    for (const { row, names } of perKey.values()) {
      const counter = denied.get(row.key);
      if (counter) row.counterEvidence = JSON.stringify(counter);
      const rank = known.rank(row.name);
      row.nameWords = rank.nameWords;
      row.nameLength = rank.nameLength;
      row.aliases = names.filter((n) => n !== row.name).sort();
      let ent = entities.get(row.key);
      if (!ent) {
        mentionsOf.set(row.key, [row]);
        ent = {
          key: row.key,
          type: row.type,
          name: row.name,
          ...rank,
          allNames: [],
          titles: [],
          docs: [],
          mentionCount: 0,
        };
        entities.set(row.key, ent);
      } else {
        (mentionsOf.get(row.key) as MentionRow[]).push(row);
        if (row.name !== ent.name) {
          ent.name = preferredName(ent.name, row.name);
          Object.assign(ent, known.rank(ent.name));
        }
      }
      ent.allNames.push(row.name, ...row.aliases);
      ent.titles.push(...row.titles);
      ent.docs.push(doc.id);
      ent.mentionCount += row.mentionStart.length;
    }
    const seenSpan = new Set<string>();
    ext.relations.forEach((r, ordinal) => {
      const s = local.get(r.source);
      const t = local.get(r.target);
      if (!s || !t || s === t) return;
      // A negated statement is no edge: it rides on its source's MENTIONS (above).
      if (r.evidence.polarity === 'negated') return;
      if (!isRelationType(r.type)) {
        droppedRelations++;
        return;
      }
      const edgeKey = `${s}|${r.type}|${t}`;
      const spanKey = `${edgeKey}\u0000${r.evidence.start}\u0000${r.evidence.end}`;
      if (seenSpan.has(spanKey)) return;
      seenSpan.add(spanKey);
      let rel = relations.get(edgeKey);
      if (!rel) {
        rel = {
          type: r.type,
          row: {
            s,
            t,
            docs: [],
            evidenceDoc: [],
            evidenceText: [],
            evidenceStart: [],
            evidenceEnd: [],
            evidenceConfidence: [],
            evidenceOrdinal: [],
            evidencePage: [],
            evidenceDate: [],
            evidenceDateText: [],
            evidenceDateSource: [],
            evidenceRule: [],
            evidenceModality: [],
            evidenceAttributedTo: [],
            firstDate: null,
            lastDate: null,
          },
        };
        relations.set(edgeKey, rel);
      }
      const row = rel.row;
      if (!row.docs.includes(doc.id)) row.docs.push(doc.id);
      row.evidenceDoc.push(doc.id);
      row.evidenceText.push(r.evidence.text);
      row.evidenceStart.push(r.evidence.start);
      row.evidenceEnd.push(r.evidence.end);
      row.evidenceConfidence.push(r.confidence);
      row.evidenceOrdinal.push(ordinal);
      row.evidencePage.push(r.evidence.page ?? 0);
      row.evidenceRule.push(r.evidence.rule ?? '');
      row.evidenceModality.push(r.evidence.modality ?? '');
      const by = (r.evidence.attributedTo ?? []).flatMap((id) => local.get(id) ?? []);
      row.evidenceAttributedTo.push(by.length ? JSON.stringify(by) : '');
      row.evidenceDate.push(r.evidence.date ?? '');
      row.evidenceDateText.push(r.evidence.dateText ?? '');
      row.evidenceDateSource.push(r.evidence.dateSource ?? '');
      // As the builder dates edges: the evidence's date, else the article's.
      const date = r.evidence.date ?? doc.date;
      if (date) {
        if (!row.firstDate || startsBefore(date, row.firstDate)) row.firstDate = date;
        if (!row.lastDate || endsAfter(date, row.lastDate)) row.lastDate = date;
      }
    });
  }
  const entityGroups = new Map<EntityType, EntityRow[]>();
  for (const key of [...entities.keys()].sort()) {
    const ent = entities.get(key) as EntityRow;
    ent.allNames = [...new Set(ent.allNames)].sort();
    ent.titles = ent.titles.length ? [...new Set(ent.titles)].sort() : ent.titles;
    ent.docs.sort();
    const own = mentionsOf.get(ent.key) as MentionRow[];
    if (own.length > 1) own.sort((a, b) => byString(a.doc, b.doc));
    for (const m of own) mentions.push(m);
    const list = entityGroups.get(ent.type) ?? [];
    list.push(ent);
    entityGroups.set(ent.type, list);
  }
  const relationGroups = new Map<RelationType, RelationRow[]>();
  for (const edge of [...relations.keys()].sort()) {
    const { type, row } = relations.get(edge) as { type: RelationType; row: RelationRow };
    row.docs.sort();
    const list = relationGroups.get(type) ?? [];
    list.push(row);
    relationGroups.set(type, list);
  }
  // Every list in key order and relationship types in the vocabulary's order,
  // so two writers lock what they share in the same order.
  articles.sort((a, b) => byString(a.id, b.id));
  const relationsInOrder = new Map<RelationType, RelationRow[]>();
  for (const type of RELATION_TYPES) {
    const list = relationGroups.get(type);
    if (list) relationsInOrder.set(type, list);
  }
  return {
    articles,
    mentions,
    entities: entityGroups,
    relations: relationsInOrder,
    droppedRelations,
  };
}
