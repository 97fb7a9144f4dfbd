import type { SentenceContext } from '../sentence-context.js';
import type { RelationType } from '../types.js';
import type { FoundRelation } from './types.js';

/**
 * The ties to a town carried to its region: where a person lives. BASED_IN
 * holds there as well ("Acme Corp. of Dayton, Ohio": on 2,000 Reuters stories
 * about 17 right of 21), but the seed article's gold names only the town of a
 * group ("stationed at Fort Bragg, N.C."), so groups wait for that gold.
 */
const TIES: ReadonlySet<RelationType> = new Set(['LIVES_IN']);

/**
 * Rules whose tie to a town is not carried to its region: a wire credit
 * ("KHARTOUM, Sudan (AP)") names where a story was filed, and what it says
 * of the town is already a guess.
 */
const NOT_FROM: ReadonlySet<string> = new Set(['window-credit']);

/**
 * The regions town `town` is written with in sentence `sc` ("Salem, Ore."):
 * a LOCATED_IN the adjacency pass found from the town to a name right after
 * its comma, one entry per mention of the town so written (`at`: where that
 * mention starts). seat-state.ts reads a group's seat the same way.
 */
export function regionsAfter(
  sc: SentenceContext,
  found: readonly FoundRelation[],
  town: number,
): { at: number; region: number }[] {
  const out: { at: number; region: number }[] = [];
  for (const r of found) {
    if (r.type !== 'LOCATED_IN' || r.source !== town || r.from !== sc.index) continue;
    if (r.rule !== 'window-adjacency') continue;
    for (const m of sc.mentions) {
      if (m.entity !== town || sc.tokens[m.e]?.text !== ',') continue;
      if (sc.mentions.some((n) => n.entity === r.target && n.s === m.e + 1))
        out.push({ at: m.outer, region: r.target });
    }
  }
  return out;
}

/**
 * The ties `carries` picks, each from a town to the region that town is
 * written with in the edge's sentence, with the same stance, attribution and
 * confidence, named `rule`; `seats` may refuse a mention of the town by where
 * it starts. Runs after every filter. Shared by town-state and seat-state.
 */
export function carryToRegions(
  sents: readonly SentenceContext[],
  found: readonly FoundRelation[],
  rule: string,
  carries: (r: FoundRelation) => boolean,
  seats: (sc: SentenceContext, r: FoundRelation, at: number) => boolean = () => true,
): FoundRelation[] {
  const out = [...found];
  const key = (r: Pick<FoundRelation, 'source' | 'type' | 'target' | 'from'>) =>
    `${r.source}|${r.type}|${r.target}|${r.from}`;
  const seen = new Set(found.map(key));
  for (const r of found) {
    if (r.from !== r.to || !carries(r)) continue;
    const sc = sents[r.from];
    if (!sc) continue;
    for (const { at, region } of regionsAfter(sc, found, r.target)) {
      if (!seats(sc, r, at)) continue;
      const tie = { ...r, target: region, rule };
      if (region === r.source || seen.has(key(tie))) continue;
      seen.add(key(tie));
      out.push(tie);
    }
  }
  return out;
}

/**
 * "Ann Kemp of Salem, Ore.", "X, who lives in Dayton, Ohio": one who lives in
 * a town lives in the region the town is written with in the same sentence.
 * The new edge keeps the stance, attribution and confidence of the one to
 * the town, whatever rule found it (the pair model too), and names its own
 * rule. On CoNLL04 cross-validation (seeds 1, 2) it adds 11 right of 33: the
 * others are true but not annotated ("Born ... in Hodgenville, Ky.", "a native
 * of Fort Worth, Texas"), or inherit a wrong tie to the town.
 */
export function addTownStates(
  sents: readonly SentenceContext[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  return carryToRegions(
    sents,
    found,
    'town-state',
    (r) => TIES.has(r.type) && !NOT_FROM.has(r.rule),
  );
}
