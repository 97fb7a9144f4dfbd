import type { DocExtraction, EntityType } from '../../extract/types.js';
import { entityKey, preferredName } from '../../resolve/index.js';
import { isRelationType, type RelationType } from './allow-list.js';

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

/** One relationship, merged over the batch: parallel evidence lists. */
export interface RelationRow {
  s: string;
  t: string;
  docs: string[];
  evidenceDoc: string[];
  evidenceText: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
  evidenceConfidence: number[];
  /** Position of the relation in its document's extraction: the order evidence is read back in. */
  evidenceOrdinal: number[];
  /** The rule that found each evidence sentence ('' when not recorded). */
  evidenceRule: string[];
  /** happened, planned, possible or alleged ('' when not recorded). */
  evidenceModality: string[];
  /** Who says so: a JSON list of entity keys, '' when no one is named. */
  evidenceAttributedTo: string[];
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

/** The words-then-length rank of `preferredName`, so Neo4j can compare names without JS. */
export function nameRank(name: string): { nameWords: number; nameLength: number } {
  return { nameWords: name.split(/\s+/).length, nameLength: name.length };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toRows(extractions: readonly DocExtraction[]): BatchRows {
  const articles: ArticleRow[] = [];
  const mentions: MentionRow[] = [];
  const entities = new Map<string, EntityRow>();
  const relations = new Map<string, { type: RelationType; row: RelationRow }>();
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
    const perKey = new Map<string, MentionRow & { names: Set<string>; seen: Set<string> }>();
    ext.entities.forEach((e, ordinal) => {
      const key = entityKey(e);
      local.set(e.id, key);
      let m = perKey.get(key);
      if (!m) {
        m = {
          doc: doc.id,
          key,
          type: e.type,
          ordinal,
          name: e.name,
          ...nameRank(e.name),
          aliases: [],
          titles: [],
          mentionText: [],
          mentionStart: [],
          mentionEnd: [],
          names: new Set(),
          seen: new Set(),
        };
        perKey.set(key, m);
      }
      m.name = preferredName(m.name, e.name);
      m.names.add(e.name);
      for (const a of e.aliases) m.names.add(a);
      for (const t of e.titles ?? []) if (!m.titles.includes(t)) m.titles.push(t);
      for (const s of e.mentions) {
        const k = `${s.start}:${s.end}`;
        if (m.seen.has(k)) continue;
        m.seen.add(k);
        m.mentionText.push(s.text);
        m.mentionStart.push(s.start);
        m.mentionEnd.push(s.end);
      }
    });
    for (const m of perKey.values()) {
      const { names, seen, ...row } = m;
      Object.assign(row, nameRank(row.name));
      row.aliases = [...names].filter((n) => n !== row.name).sort(byString);
      mentions.push(row);
      let ent = entities.get(row.key);
      if (!ent) {
        ent = {
          key: row.key,
          type: row.type,
          name: row.name,
          ...nameRank(row.name),
          allNames: [],
          titles: [],
          docs: [],
          mentionCount: 0,
        };
        entities.set(row.key, ent);
      }
      ent.name = preferredName(ent.name, row.name);
      Object.assign(ent, nameRank(ent.name));
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
      // A negated statement is no edge (the embedded store keeps it as counter-evidence).
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
      row.evidenceRule.push(r.evidence.rule ?? '');
      row.evidenceModality.push(r.evidence.modality ?? '');
      const by = (r.evidence.attributedTo ?? []).flatMap((id) => local.get(id) ?? []);
      row.evidenceAttributedTo.push(by.length ? JSON.stringify(by) : '');
      if (doc.date) {
        if (!row.firstDate || doc.date < row.firstDate) row.firstDate = doc.date;
        if (!row.lastDate || doc.date > row.lastDate) row.lastDate = doc.date;
      }
    });
  }
  const entityGroups = new Map<EntityType, EntityRow[]>();
  for (const ent of [...entities.values()].sort((a, b) => byString(a.key, b.key))) {
    ent.allNames = [...new Set(ent.allNames)].sort(byString);
    ent.titles = [...new Set(ent.titles)].sort(byString);
    ent.docs.sort(byString);
    const list = entityGroups.get(ent.type) ?? [];
    list.push(ent);
    entityGroups.set(ent.type, list);
  }
  const relationGroups = new Map<RelationType, RelationRow[]>();
  for (const [, { type, row }] of [...relations].sort((a, b) => byString(a[0], b[0]))) {
    row.docs.sort(byString);
    const list = relationGroups.get(type) ?? [];
    list.push(row);
    relationGroups.set(type, list);
  }
  mentions.sort((a, b) => byString(a.key, b.key) || byString(a.doc, b.doc));
  return {
    articles,
    mentions,
    entities: entityGroups,
    relations: relationGroups,
    droppedRelations,
  };
}
