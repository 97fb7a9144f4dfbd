import type { Cluster } from '../entities/in-document.js';
import type { SentenceContext } from '../sentence-context.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import type { FoundRelation } from './types.js';
import { DATE_WORDS } from './window/words.js';

/** What closes a dateline: Reuters' dash, or the wire service's parenthesis. */
const CLOSERS = new Set(['-', '--', '(']);

/**
 * A dash closes a dateline standing apart ("March 6 -"), not joining words
 * ("Denver-based"). A parenthesis closes it only as a wire credit, "(AP)" at the end
 * of the line or before its dash: "U.S. (USTR) Mickey Kantor" is no dateline.
 */
function closes(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== '(') return (tokens[k] as Token).start > (tokens[k - 1] as Token).end;
  let j = k + 1;
  while (j < tokens.length && j < k + 6 && tokens[j]?.text !== ')') j++;
  if (tokens[j]?.text !== ')') return false;
  const next = tokens[j + 1]?.text;
  return next === undefined || next === '-' || next === '--' || next === '_';
}

/** A dateline's places (cluster indices) and the token that closes it. */
export interface Dateline {
  places: Set<number>;
  end: number;
}

const NONE: Dateline = { places: new Set(), end: -1 };

/**
 * The places of a sentence's dateline ("SAN MATEO, Calif., March 11 -",
 * "KARBALA, Iraq (AP)"): place names, commas, day numbers and month words
 * from the first word up to the dash or the parenthesis that closes them.
 * No places when the sentence opens with no dateline.
 */
export function datelineOf(sc: SentenceContext, clusters: readonly Cluster[]): Dateline {
  const { tokens, mentions } = sc;
  const places = new Set<number>();
  let k = firstWordIndex(tokens);
  for (let n = 0; n < 12 && k >= 0 && k < tokens.length; n++) {
    const m = mentions.find((x) => x.s === k && x.e > k);
    if (m && m.entity !== undefined && clusters[m.entity]?.type === 'Location') {
      places.add(m.entity);
      k = m.e;
      continue;
    }
    const t = tokens[k] as Token;
    if (CLOSERS.has(t.text)) return places.size && closes(tokens, k) ? { places, end: k } : NONE;
    const filler =
      t.text === ',' || t.text === '.' || /^\d{1,4}$/.test(t.text) || DATE_WORDS.has(t.lower);
    if (!places.size || !filler) return NONE;
    k++;
  }
  return NONE;
}

/**
 * Drops what a dateline does not say: the city a story is filed from is
 * not where the people of its first sentence live, nor where its
 * organisations are based ("WASHINGTON, March 6 - U.S. Agriculture
 * Secretary Richard Lyng said" states no LIVES_IN). A relation stays when
 * both ends are dateline places ("SAN MATEO, Calif.": LOCATED_IN), when a
 * wire-service credit states it ("KARBALA, Iraq (AP)"), or when the place
 * is also named in the sentence after its dateline.
 */
export function dropDatelinePairs(
  sents: readonly SentenceContext[],
  clusters: readonly Cluster[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  const only = new Map<number, Set<number>>();
  const dated = new Map<number, Set<number>>();
  for (const sc of sents) {
    const { places, end } = datelineOf(sc, clusters);
    if (!places.size) continue;
    // A place named again after the dateline is a name of the sentence too.
    const again = new Set<number>();
    for (const m of sc.mentions) if (m.s > end && m.entity !== undefined) again.add(m.entity);
    only.set(sc.index, new Set([...places].filter((p) => !again.has(p))));
    dated.set(sc.index, places);
  }
  if (!only.size) return [...found];
  return found.filter((r) => {
    const places = r.from === r.to ? only.get(r.from) : undefined;
    if (!places || r.rule === 'window-credit') return true;
    // "BURBANK, Calif. - ... Shamrock Holdings of California": the town lies
    // in the state after it, whatever the sentence names again (not the
    // state in the town: "... its division, located in Santa Clara").
    const order = [...(dated.get(r.from) ?? [])];
    const [s, t] = [order.indexOf(r.source), order.indexOf(r.target)];
    if (r.type === 'LOCATED_IN' && s >= 0 && s < t) return true;
    return places.has(r.source) === places.has(r.target);
  });
}
