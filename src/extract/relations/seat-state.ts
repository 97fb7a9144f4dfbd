import type { SentenceContext } from '../sentence-context.js';
import { carryToRegions } from './town-state.js';
import type { FoundRelation } from './types.js';
import { WORDS } from './words.js';

/**
 * Rules whose tie to a town is not carried to its region: a wire credit
 * ("KHARTOUM, Sudan (AP)") names where a story was filed, and the pair
 * model's tie is a guess already.
 */
const NOT_FROM: ReadonlySet<string> = new Set(['window-credit', 'pair-model']);

/**
 * Whether the words before the town at token `k` seat group `group` there:
 * the group's name right before "of" or "in" ("Acme Corp. of Dayton", "the
 * Pentagon in Arlington"), or a seat word before "in" ("based in",
 * "headquartered in", "its headquarters in": seatWords). Not a verb that
 * posts a unit somewhere ("stationed at Fort Bragg, N.C."), nor a place
 * where a group only acts ("a grand jury in Providence, R.I., probed X").
 */
function seatedAt(sc: SentenceContext, group: number, k: number): boolean {
  let p = k - 1;
  if (sc.tokens[p]?.lower === 'nearby') p--;
  const prep = sc.tokens[p]?.lower;
  if (prep !== 'in' && prep !== 'of') return false;
  if (prep === 'in' && WORDS.seatWords.has(sc.tokens[p - 1]?.lower ?? '')) return true;
  return sc.mentions.some((m) => m.entity === group && m.e === p);
}

/**
 * "Acme Corp. of Dayton, Ohio", "Kelso Bank, based in Yakima, Wash.": a
 * group whose seat is written as a town with its region is based in the
 * region too. The new edge keeps the stance, attribution and confidence of
 * the one to the town and names its own rule. Runs after every filter, as
 * town-state does for people.
 */
export function addSeatStates(
  sents: readonly SentenceContext[],
  found: readonly FoundRelation[],
): FoundRelation[] {
  return carryToRegions(
    sents,
    found,
    'seat-state',
    (r) => r.type === 'BASED_IN' && !NOT_FROM.has(r.rule),
    (sc, r, at) => seatedAt(sc, r.source, at),
  );
}
