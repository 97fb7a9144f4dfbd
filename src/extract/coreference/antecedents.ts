import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Token } from '../tokenize.js';
import type { EntityType, Mention } from '../types.js';

/** What a coreference pass reads: the document's sentences and its resolved entities. */
export interface CorefContext {
  sents: readonly SentenceContext[];
  clusters: readonly Cluster[];
}

/**
 * The entities of a type sentence `k` names, each with the sentence that
 * names it by a name of its own: `k` itself, or for a stand-in an earlier pass
 * read ("He ... He ..."), the sentence of its antecedent. No demonym counts.
 */
export function namedIn(c: CorefContext, k: number, type: EntityType): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of c.sents[k]?.mentions ?? []) {
    if (m.demonym || m.entity === undefined || c.clusters[m.entity]?.type !== type) continue;
    const from = m.anaphor ? m.anaphor.sent : k;
    if ((out.get(m.entity) ?? -1) < from) out.set(m.entity, from);
  }
  return out;
}

/** Whether sentence `k` names entity `e` by a name of its own. */
export function names(c: CorefContext, k: number, e: number): boolean {
  return (c.sents[k]?.mentions ?? []).some((m) => m.entity === e && !m.anaphor);
}

/** Whether token `i` lies inside a quotation: an odd number of quotation marks before it. */
export function quoted(tokens: readonly Token[], i: number): boolean {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const w = tokens[k]?.text;
    if (w === '"' || w === '“' || w === '”') n++;
  }
  return n % 2 === 1;
}

/** Whether token `i` lies inside a mention of the sentence. */
export function inMention(sc: SentenceContext, i: number): boolean {
  return sc.mentions.some((m) => i >= m.s && i < m.e);
}

/** A mention of one token that stands for entity `e`, named in sentence `from`. */
export function anaphorMention(
  sc: SentenceContext,
  i: number,
  e: number,
  type: EntityType,
  rule: string,
  from: number,
): Mention {
  const t = sc.tokens[i] as Token;
  return {
    sent: sc.index,
    s: i,
    e: i + 1,
    outer: i,
    text: t.text,
    start: t.start,
    end: t.end,
    name: t.text,
    votes: { Person: 0, Organization: 0, Location: 0, [type]: 1 },
    titles: [],
    entity: e,
    anaphor: { rule, sent: from },
  };
}
