import type { Mention } from '../../types.js';
import { CONFIDENCE } from '../confidence.js';
import {
  caseOf,
  deprel,
  emitTree,
  headOf,
  kidsOf,
  nameAt,
  personSubjectAbove,
  typeOf,
} from '../tree.js';
import type { RuleContext, TreeRule, TreeSentence } from '../types.js';
import { WORDS } from '../words.js';

const HOME = WORDS.homeNouns;
const POSSESSIVES = WORDS.homePossessives;
/** Whether a noun is a home noun ("hometown") or is made one by it ("home state", "native city"). */
function homePhrase(t: TreeSentence, n: number): boolean {
  if (n < 0 || t.mentionOf[n]) return false;
  if (HOME.has(t.lower[n] ?? '')) return true;
  return (
    t.toks[n]?.upos === 'NOUN' &&
    kidsOf(t, n, 'amod', 'compound').some((k) => HOME.has(t.lower[k] ?? ''))
  );
}

/**
 * Who owns a home noun: its possessor, a name ("Reed's") or a pronoun read
 * through the clause subject, or a person after "of" ("the home state of X").
 */
function ownerOf(c: RuleContext, t: TreeSentence, noun: number): Mention | undefined {
  for (const p of kidsOf(t, noun, 'nmod:poss')) {
    const m = nameAt(t, p);
    if (m) return typeOf(c, m) === 'Person' ? m : undefined;
    if (POSSESSIVES.has(t.lower[p] ?? '')) return personSubjectAbove(c, t, headOf(t, noun));
  }
  // "the home state of his wife, Elizabeth", "Kulm, the birthplace of X".
  for (const k of kidsOf(t, noun, 'nmod')) {
    const m = caseOf(t, k) === 'of' ? nameAt(t, k) : undefined;
    if (m && typeOf(c, m) === 'Person') return m;
  }
  return undefined;
}

/** Whether a home noun names its own place after "of" ("hometown of Abbott"). */
function ownPlace(c: RuleContext, t: TreeSentence, noun: number): boolean {
  return kidsOf(t, noun, 'nmod').some((k) => {
    const m = caseOf(t, k) === 'of' ? nameAt(t, k) : undefined;
    return m !== undefined && typeOf(c, m) === 'Location';
  });
}

/**
 * "her native Georgia", "his Iowa hometown", "Reed's New Jersey home",
 * "his hometown of Kulm", "his home in Larchmont", "his home in the
 * village of Kulm", "Beaumont, Reed's
 * hometown", "Georgia is her home state", "North Carolina, the home state of
 * X": a place made someone's home by a home noun
 * (data/relation-words.json, homeNouns) that a person owns. The owner is the
 * possessor of the phrase: a person's name, or "his"/"her" read as the named
 * subject of the nearest clause above ("Pell is touting her win in her native
 * Georgia"). A home with no owner ("the Iowa hometown") states nothing.
 */
export const homeOf: TreeRule = {
  name: 'home-of',
  run(c: RuleContext, t: TreeSentence): void {
    t.toks.forEach((_, l) => {
      const place = t.mentionOf[l];
      if (!place || typeOf(c, place) !== 'Location') return;
      const up = headOf(t, l);
      if (t.mentionOf[up] === place) return; // not the head word of the name
      // The home noun modifies the place ("native Georgia"), or the place the noun ("Iowa hometown", "hometown of Kulm").
      const nouns = kidsOf(t, l, 'amod', 'compound').filter((k) => HOME.has(t.lower[k] ?? ''));
      const rel = deprel(t, l);
      if (!nouns.length && homePhrase(t, up)) {
        const prep = rel === 'nmod' ? caseOf(t, l) : '';
        // "his Iowa hometown", "hometown of Kulm", "his home in Larchmont", "Georgia is her home
        // state", "his hometown, Kulm".
        if (['compound', 'amod', 'nsubj', 'appos'].includes(rel) || prep === 'of' || prep === 'in')
          nouns.push(up);
      }
      // "his home in the village of Kulm", "her home in the Louisville suburb of Okolona": the
      // place named after a kind of place the home is in.
      const kind =
        WORDS.placeKindNouns.has(t.lower[up] ?? '') || WORDS.placePartNouns.has(t.lower[up] ?? '');
      // The parser hangs "in the village" on the home noun or beside it on the verb.
      if (
        !nouns.length &&
        kind &&
        rel === 'nmod' &&
        caseOf(t, l) === 'of' &&
        caseOf(t, up) === 'in'
      ) {
        const home = (kidsOf(t, up, 'case')[0] ?? 0) - 1;
        const beside = headOf(t, up) === home || headOf(t, up) === headOf(t, home);
        if (beside && homePhrase(t, home)) nouns.push(home);
      }
      // "Beaumont, Richardson's hometown": a home phrase in apposition to the place.
      // A phrase with a preposition of its own is no apposition, and one with its own "of Z" names
      // its place: in "In Fresno, near Reed's hometown of Clovis" the parser hangs the phrase on Fresno.
      for (const k of kidsOf(t, l, 'appos'))
        if (homePhrase(t, k) && !kidsOf(t, k, 'case').length && !ownPlace(c, t, k)) nouns.push(k);
      for (const n of nouns) {
        // The phrase's head: the noun ("Iowa hometown", "Reed's hometown") or the place ("native Georgia"); the
        // anchor the stance pass walks up from, so a reported home is attributed.
        const head = headOf(t, n) === l && deprel(t, n) !== 'appos' ? l : n;
        // A parser may hang the possessor on the place inside the phrase ("Reed's New Jersey home").
        const owner = ownerOf(c, t, head) ?? ownerOf(c, t, l);
        if (owner) emitTree(c, t, this.name, 'LIVES_IN', owner, place, head, CONFIDENCE.role);
      }
    });
  },
};
