import type { RelationCues } from '../../lexicon.js';
import type { SentenceContext } from '../../sentence-context.js';
import type { Mention } from '../../types.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';
import { at, chargedSubject, objectRight, subjectLeft } from './tokens.js';

/** A noun the cue lexicon gives KILLED ("assassination", "slaying"). */
const killingNoun = (c: Ctx, w: string): boolean => c.cues.nouns.get(w) === 'KILLED';

/** "X was sentenced for the assassination of Y", "X ... in the slaying of Y". */
export function nominals(c: Ctx, sc: SentenceContext): void {
  const { tokens } = sc;
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = at(tokens, k);
    // "shooting" and its like only after a possessive ("Kennedy's shooting"), never "the shooting of".
    if (!killingNoun(c, w) && !WORDS.possessedKillingNouns.has(w)) continue;
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
    const by =
      at(tokens, target.e) === 'by' ? objectRight(c, sc, target.e + 1, rc.source, 3) : undefined;
    const source = by ?? chargedSubject(c, sc, k) ?? subjectLeft(c, sc, k, ['Person']);
    if (source !== undefined) emit(c, rel, source, target, sc.index, 0.5);
  }
}
