import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import {
  caseOf,
  deprel,
  emitTree,
  groupSubjectAbove,
  headOf,
  kidOf,
  kidsOf,
  nameAt,
  typeOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Prepositions that place a seat ("headquarters in Denver", "offices at X"). */
const AT = new Set(['in', 'at']);

/**
 * The group that owns the seat noun `n`: its possessor name ("Acme's
 * headquarters"), for "its"/"their" the named group subject above ("Acme
 * moved its headquarters ..."), for "whose" the group just before it
 * ("Acme, whose headquarters are in Denver").
 */
function owner(c: RuleContext, t: TreeSentence, n: number): Mention | undefined {
  const poss = kidOf(t, n, 'nmod:poss');
  if (poss < 0) return namedOwner(c, t, n);
  const w = t.lower[poss] ?? '';
  let m: Mention | undefined;
  if (WORDS.groupPossessives.has(w)) m = groupSubjectAbove(c, t, n);
  else if (w === 'whose') m = t.mentionOf[t.lower[poss - 1] === ',' ? poss - 2 : poss - 1];
  else m = nameAt(t, poss);
  return typeOf(c, m) === 'Organization' ? m : undefined;
}

/**
 * A group named on the seat noun itself: before it ("NRC headquarters in
 * Rockville", "the AP bureau in Beirut") or after its "of" ("the Denver
 * office of Acme").
 */
function namedOwner(c: RuleContext, t: TreeSentence, n: number): Mention | undefined {
  const named = [
    ...kidsOf(t, n, 'compound').filter((k) => k < n),
    ...kidsOf(t, n, 'nmod').filter((k) => k > n && caseOf(t, k) === 'of'),
  ];
  for (const k of named) {
    const m = t.mentionOf[k];
    if (typeOf(c, m) === 'Organization') return m;
  }
  return undefined;
}

/**
 * The places a seat noun is put in: its own "in"/"at" nominal ("its
 * headquarters in Denver"), a place before it ("its Denver headquarters"),
 * the place it is the subject of with a copula ("whose headquarters are in
 * Denver"), and where a verb of moving takes it ("moved its headquarters to
 * Denver"; data/relation-words.json, seatMoveVerbs).
 */
function places(t: TreeSentence, n: number): number[] {
  const out: number[] = [];
  for (const k of kidsOf(t, n, 'nmod')) {
    const prep = caseOf(t, k);
    if (AT.has(prep) || (prep === 'to' && WORDS.seatMoveVerbs.has(t.lower[headOf(t, n)] ?? '')))
      out.push(...withConjuncts(t, k));
  }
  for (const k of kidsOf(t, n, 'compound')) if (k < n) out.push(k);
  const up = headOf(t, n);
  if (deprel(t, n) === 'nsubj' && kidOf(t, up, 'cop') >= 0 && AT.has(caseOf(t, up))) out.push(up);
  if (deprel(t, n) === 'obj' && WORDS.seatMoveVerbs.has(t.lower[up] ?? ''))
    for (const k of kidsOf(t, up, 'obl'))
      if (caseOf(t, k) === 'to') out.push(...withConjuncts(t, k));
  return out;
}

/**
 * "Acme's headquarters in Denver", "Acme has its headquarters in Denver",
 * "Acme, whose headquarters are in Denver", "the NRC's Rockville
 * headquarters", "Acme moved its headquarters to Denver", "Acme headquarters
 * in Denver", "the Denver office of Acme": a group is based
 * where its seat (data/relation-words.json, seatNouns: headquarters,
 * offices, base) is. The seat noun anchors the statement.
 */
export const headquartersIn: TreeRule = {
  name: 'headquarters-in',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, n) => {
      if (tok.upos !== 'NOUN' || !WORDS.seatNouns.has(t.lower[n] ?? '')) return;
      const group = owner(c, t, n);
      if (!group) return;
      for (const k of places(t, n)) {
        const place = t.mentionOf[k];
        if (typeOf(c, place) === 'Location')
          emitTree(c, t, this.name, 'BASED_IN', group, place, n, CONFIDENCE.modifier);
      }
    });
  },
};
