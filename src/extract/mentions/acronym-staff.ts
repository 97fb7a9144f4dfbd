import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Organization votes of an acronym its staff follow: with the acronym's own, the tagger's keep level. */
export const STAFF_VOTE = 3;

/**
 * "GE spokesman Richard Kennedy", "NTSB spokesman X", "CBS newsman X", "IAI
 * engineers", "DVQ agents", "ZLM guerrillas", "XRT members": an acronym right before a noun of a group's staff
 * (`staffNouns` in data/lexicon.json) names the group they work for, an
 * organisation, however rare the letters are. Gazetteer acronyms ("U.S.
 * officials") keep their place type, and capitals that are a common noun or a
 * title ("TV reporter X", "CEO X") are no group.
 */
export function acronymStaff(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (!m.acronym || m.fixed || m.country || m.region || m.e - m.s !== 1) return false;
  // "TV reporter X", "CEO Director X": a common noun or a title in capitals names no group.
  const w = (tokens[m.s] as Token).lower;
  if (lex.set('orgHeads').has(w) || lex.set('titles').has(w) || lex.set('notNames').has(w))
    return false;
  const noun = tokens[m.e];
  return Boolean(noun?.word && !noun.cap && lex.set('staffNouns').has(noun.lower));
}
