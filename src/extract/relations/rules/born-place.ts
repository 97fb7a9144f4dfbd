import {
  agentName,
  caseOf,
  deprel,
  emitTree,
  headOf,
  isPassive,
  kidOf,
  kidsOf,
  nameAt,
  passivePatientsOf,
  predicated,
  typeOf,
  withConjuncts,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

/** Labels of the nominals a birthplace hangs on: the verb's own, or those under its place noun. */
const PLACE_LABELS = ['obl', 'nmod'];

/** How many common nouns down a birthplace may hang ("in a cabin in X": one; "in a manse in a village near X": two). */
const MAX_DEPTH = 2;

/**
 * Who is born at `v`: the passive subject or the name a participle modifies
 * ("X was born", "X, born in Y"), or for a participle clause with no subject
 * of its own ("Born in Y, X moved to Z") the subject of the clause it opens.
 */
function bornOnes(t: TreeSentence, v: number): number[] {
  if (isPassive(t, v)) return passivePatientsOf(t, v);
  if (deprel(t, v) !== 'advcl' || kidOf(t, v, 'nsubj', 'aux', 'cop') >= 0) return [];
  const s = kidOf(t, headOf(t, v), 'nsubj', 'nsubj:pass');
  return s >= 0 ? withConjuncts(t, s) : [];
}

/**
 * The tokens a birthplace preposition marks under `h`: each name, and below
 * a common noun the names it places in turn ("in a log cabin in X").
 */
function places(t: TreeSentence, h: number, depth: number): number[] {
  const out: number[] = [];
  for (const k of kidsOf(t, h, ...PLACE_LABELS)) {
    if (!WORDS.birthPrepositions.has(caseOf(t, k))) continue;
    for (const j of withConjuncts(t, k)) {
      if (t.mentionOf[j]) out.push(j);
      else if (t.toks[j]?.upos === 'NOUN' && depth < MAX_DEPTH)
        out.push(...places(t, j, depth + 1));
    }
  }
  return out;
}

/**
 * Labels the name one was born with hangs on "born" by: an object or
 * complement, or a nominal with no preposition, which the parser reads in
 * "was born Charles Holley in Y" as obl:unmarked or obl.
 */
const GIVEN_LABELS = ['obj', 'xcomp', 'obl', 'obl:unmarked'];

/** Labels of a word "born" that modifies the one born ("Illinois born X"). */
const MODIFIER = new Set(['amod', 'acl', 'compound']);

/**
 * "Illinois born X was an actor": a place before a "born" that modifies a
 * noun, with no preposition, is where the one that noun names (or the
 * subject it is said of) was born. The parser may hang the place on "born"
 * under any label.
 */
function placeBefore(c: RuleContext, t: TreeSentence, v: number) {
  if (!MODIFIER.has(deprel(t, v))) return undefined;
  const place = (t.kids[v] ?? []).find(
    (k) => k < v && !caseOf(t, k) && typeOf(c, t.mentionOf[k]) === 'Location',
  );
  if (place === undefined) return undefined;
  const h = headOf(t, v);
  return { place, who: nameAt(t, h) ? h : predicated(t, h) };
}

/**
 * "X was born near Y", "X was born in a log cabin in Y", "X, born at Y",
 * "Born in Y, X moved to Z", "X was born Charles Holley in Y" (both names): a person lives (has lived) where they were born,
 * reached by "in", "near", "at" or "outside" (data/relation-words.json,
 * birthPrepositions), on the verb or on the place noun it takes, or
 * standing before a "born" that modifies the one born. "born in Y"
 * alone is verb-preposition's; this rule runs after it and adds what that
 * cue does not read.
 */
export const bornPlace: TreeRule = {
  name: 'born-place',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((tok, v) => {
      if (!WORDS.birthVerbs.has(t.lower[v] ?? '') || tok.upos !== 'VERB') return;
      const before = placeBefore(c, t, v);
      if (before) {
        const m = t.mentionOf[before.place];
        emitTree(c, t, this.name, 'LIVES_IN', nameAt(t, before.who), m, v);
        return;
      }
      // "X was born Charles Hardin Holley in Y": the name born with, which the parser may give
      // the place; it lived there too.
      const given = kidsOf(t, v, ...GIVEN_LABELS).filter(
        (k) => typeOf(c, t.mentionOf[k]) === 'Person' && !caseOf(t, k),
      );
      const where = [...places(t, v, 0), ...given.flatMap((k) => places(t, k, MAX_DEPTH))];
      if (!where.length) return;
      for (const s of [...bornOnes(t, v), ...given])
        for (const p of where)
          emitTree(c, t, this.name, 'LIVES_IN', agentName(c, t, s), t.mentionOf[p], v);
    });
  },
};
