import type { RelationCues } from '../../lexicon.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, chargedSubject, objectRight, subjectLeft } from './tokens.js';

/** A noun the cue lexicon gives KILLED ("assassination", "slaying"). */
const killingNoun = (c: Ctx, w: string): boolean => c.cues.nouns.get(w) === 'KILLED';

/**
 * The subject before a killing noun, when a word between says it did the
 * killing ("X, serving 99 years for the murder of Y", "X was sentenced for
 * the assassination of Y", "links X to the assassination of Y"): one who "condemned", "investigated" or "responded
 * to" a murder did not commit it (data/relation-words.json, charged and
 * killerWords).
 */
function killerBefore(c: Ctx, sc: SentenceContext, k: number): Mention | number | undefined {
  const s = subjectLeft(c, sc, k, ['Person']);
  if (s === undefined) return undefined;
  // From just before the name too: "links X to the assassination of Y".
  const from = Math.max(0, typeof s === 'number' ? k - 25 : s.outer - 3);
  for (let i = from; i < k; i++) {
    const w = at(sc.tokens, i);
    if (WORDS.charged.has(w) || WORDS.killerWords.has(w)) return s;
  }
  return undefined;
}

/** "X was sentenced for the assassination of Y", "X ... in the slaying of Y". */
export function nominals(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = at(tokens, k);
    // "shooting" and its like only after a possessive ("Kennedy's shooting"), never "the shooting of".
    if (!killingNoun(c, w) && !WORDS.possessedKillingNouns.has(w)) continue;
    // "the attempted murder of Y": an attempt killed no one (data/relation-words.json, attemptWords).
    if (WORDS.attemptWords.has(at(tokens, k - 1))) continue;
    const rel = 'KILLED';
    const rc = c.lex.cues.relations[rel] as RelationCues;
    let target: Mention | undefined;
    if (at(tokens, k + 1) === 'of' && killingNoun(c, w))
      target = objectRight(c, sc, k + 2, rc.target, 4);
    else {
      // "Kennedy's killing".
      const poss = at(tokens, k - 1);
      if (poss === "'s" || poss === '’s') target = sc.mentions.find((m) => m.e === k - 1);
    }
    if (!target || typeOf(c, target) !== 'Person') continue;
    let by =
      at(tokens, target.e) === 'by' ? objectRight(c, sc, target.e + 1, rc.source, 3) : undefined;
    // "the killing of Y by militiamen in Ituri": a name across a place preposition is where.
    if (
      by !== undefined &&
      typeof by !== 'number' &&
      tokens.slice(target.e + 1, by.outer).some((t) => WORDS.locativePrepositions.has(t.lower))
    )
      by = undefined;
    const source = by ?? chargedSubject(c, sc, k) ?? killerBefore(c, sc, k);
    if (source !== undefined) emit(c, rel, source, target, sc.index, 0.5);
  }
}
