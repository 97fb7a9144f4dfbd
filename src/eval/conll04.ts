import { InvalidInputError } from '../errors.js';
import { normalizeName } from '../extract/entities/normalize.js';
import { prf } from './prf.js';
import type { GraphJson, Prf } from './types.js';

/** One sentence of the CoNLL04 JSON split: tokens, BILOU tags and relations over tagged entities. */
export interface Conll04Sentence {
  tokens: string[];
  tags: string[];
  relations: { head: number; tail: number; type: string }[];
}

/** CoNLL04 entity types as project types; `Other` has no counterpart. */
export const CONLL_TYPES: Record<string, string> = {
  Peop: 'Person',
  Org: 'Organization',
  Loc: 'Location',
};

/** CoNLL04 relation -> accepted project relations, with the endpoint types (shared/benchmarks/README.md). */
export const CONLL_RELATIONS: Record<string, { types: string[]; source: string; target: string }> =
  {
    Kill: { types: ['KILLED'], source: 'Person', target: 'Person' },
    Work_For: {
      types: ['WORKS_FOR', 'LEADS', 'COMMANDED', 'MEMBER_OF'],
      source: 'Person',
      target: 'Organization',
    },
    Live_In: {
      types: ['LIVES_IN', 'MEMBER_OF', 'LEADS', 'WORKS_FOR', 'COMMANDED'],
      source: 'Person',
      target: 'Location',
    },
    Located_In: { types: ['LOCATED_IN'], source: 'Location', target: 'Location' },
    OrgBased_In: {
      types: ['BASED_IN', 'MEMBER_OF', 'LOCATED_IN'],
      source: 'Organization',
      target: 'Location',
    },
  };

export interface GoldSpan {
  text: string;
  type: string;
}

/** The entities of a sentence from its BILOU tags, in tag order (the order relations index). */
export function conllEntities(s: Conll04Sentence): GoldSpan[] {
  const out: GoldSpan[] = [];
  let cur: { words: string[]; type: string } | undefined;
  s.tags.forEach((tag, i) => {
    const [b, type] = tag.split('-') as [string, string | undefined];
    const word = s.tokens[i] as string;
    if (b === 'U' && type) out.push({ text: word, type });
    else if (b === 'B' && type) cur = { words: [word], type };
    else if ((b === 'I' || b === 'L') && cur) {
      cur.words.push(word);
      if (b === 'L') {
        out.push({ text: cur.words.join(' '), type: cur.type });
        cur = undefined;
      }
    }
  });
  return out;
}

export interface ConllScore {
  entities: Prf;
  relations: Prf;
  /** Relation figures per CoNLL04 type. */
  byRelation: Record<string, Prf>;
  /** Precision of the edges each rule found (the rule named by their evidence in that sentence). */
  byRule: Record<string, Prf>;
}

interface Node {
  type: string;
  texts: Set<string>;
}

/**
 * Scores a graph built from CoNLL04 sentences (one document per sentence,
 * ids in `ids`) strictly on text: an entity counts when a node mentioned in
 * that sentence has the gold span's normalised text and mapped type; a
 * relation when an edge with evidence in that sentence joins such nodes, in
 * the gold direction, with a type the gold relation maps to.
 */
export function scoreConll04(
  graph: GraphJson,
  sentences: readonly Conll04Sentence[],
  ids: readonly string[],
): ConllScore {
  if (sentences.length !== ids.length)
    throw new InvalidInputError('need one document id per CoNLL04 sentence');
  const nodesByDoc = new Map<string, Map<string, Node>>();
  for (const n of graph.nodes) {
    const a = n.attributes ?? {};
    const mentions = (a.mentions ?? []) as { doc: string; text: string }[];
    const base = [String(a.name ?? ''), ...((a.aliases ?? []) as string[])];
    for (const m of mentions) {
      let docNodes = nodesByDoc.get(m.doc);
      if (!docNodes) nodesByDoc.set(m.doc, (docNodes = new Map()));
      let node = docNodes.get(n.key);
      if (!node) {
        node = { type: String(a.type), texts: new Set() };
        docNodes.set(n.key, node);
      }
      node.texts.add(normalizeName(m.text));
      for (const b of base) node.texts.add(normalizeName(b));
    }
  }
  const edgesByDoc = new Map<
    string,
    { source: string; target: string; type: string; rules: Set<string> }[]
  >();
  for (const e of graph.edges) {
    const a = e.attributes ?? {};
    const rules = new Map<string, Set<string>>();
    for (const x of (a.evidence ?? []) as { doc: string; rule?: string }[]) {
      const set = rules.get(x.doc) ?? new Set<string>();
      set.add(x.rule ?? 'unnamed');
      rules.set(x.doc, set);
    }
    for (const [d, set] of rules) {
      const list = edgesByDoc.get(d) ?? [];
      list.push({ source: e.source, target: e.target, type: String(a.type), rules: set });
      edgesByDoc.set(d, list);
    }
  }
  const perRule = new Map<string, [number, number]>();
  const ruleBump = (rules: Set<string>, hit: boolean) => {
    for (const r of rules) {
      const x = perRule.get(r) ?? [0, 0];
      if (hit) x[0]++;
      x[1]++;
      perRule.set(r, x);
    }
  };
  let etp = 0;
  let epred = 0;
  let egold = 0;
  let rtp = 0;
  let rpred = 0;
  let rgold = 0;
  const per: Record<string, [number, number, number]> = {};
  const bump = (t: string, i: 0 | 1 | 2) => {
    per[t] ??= [0, 0, 0];
    per[t][i]++;
  };
  sentences.forEach((s, i) => {
    const id = ids[i] as string;
    const gold = conllEntities(s);
    const docNodes = nodesByDoc.get(id) ?? new Map<string, Node>();
    const wanted = gold.filter((g) => CONLL_TYPES[g.type]);
    egold += wanted.length;
    const taken = new Set<number>();
    const nodeGold = new Map<string, Set<number>>();
    for (const [key, node] of docNodes) {
      epred++;
      let hit = -1;
      gold.forEach((g, gi) => {
        if (CONLL_TYPES[g.type] !== node.type || !node.texts.has(normalizeName(g.text))) return;
        const set = nodeGold.get(key) ?? new Set<number>();
        set.add(gi);
        nodeGold.set(key, set);
        if (hit < 0 && !taken.has(gi)) hit = gi;
      });
      if (hit >= 0) {
        taken.add(hit);
        etp++;
      }
    }
    const hitRel = new Set<number>();
    for (const r of s.relations) if (CONLL_RELATIONS[r.type]) rgold++;
    for (const r of s.relations) bump(r.type, 2);
    for (const e of edgesByDoc.get(id) ?? []) {
      rpred++;
      const src = nodeGold.get(e.source);
      const tgt = nodeGold.get(e.target);
      const j = s.relations.findIndex(
        (r, ri) =>
          !hitRel.has(ri) &&
          CONLL_RELATIONS[r.type]?.types.includes(e.type) &&
          src?.has(r.head) &&
          tgt?.has(r.tail),
      );
      const guess =
        Object.entries(CONLL_RELATIONS).find(([, v]) => v.types[0] === e.type)?.[0] ?? e.type;
      ruleBump(e.rules, j >= 0);
      if (j >= 0) {
        hitRel.add(j);
        rtp++;
        bump(s.relations[j]?.type as string, 0);
        bump(s.relations[j]?.type as string, 1);
      } else bump(guess, 1);
    }
  });
  const byRelation: Record<string, Prf> = {};
  for (const [t, [tp, p, g]] of Object.entries(per)) byRelation[t] = prf(tp, p, g);
  const byRule: Record<string, Prf> = {};
  for (const [r, [tp, p]] of [...perRule].sort((a, b) => b[1][1] - a[1][1]))
    byRule[r] = prf(tp, p, tp);
  return {
    entities: prf(etp, epred, egold),
    relations: prf(rtp, rpred, rgold),
    byRelation,
    byRule,
  };
}
