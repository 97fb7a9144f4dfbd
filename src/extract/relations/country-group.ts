import type { Token } from '../tokenize.js';
import type { Mention, RelationType } from '../types.js';
import type { CueIndex } from './types.js';
import { WORDS } from './words.js';

/**
 * What a group is to the country it belongs to by the text ("Japan's
 * Fujitsu", "the Chinese Government", "Peru's Presidential Guards"): a state body
 * or a force, a word of whose name is a state noun (data/relation-words.json,
 * stateNouns: "Ministry", "Government") or a force noun (data/relations.json:
 * "Brigade", "Guards"), is a member of the
 * country; a firm, a party, a paper or a bank is only based there.
 */
export function groupOfCountry(
  cues: CueIndex,
  tokens: readonly Token[],
  group: Mention,
): RelationType {
  for (let k = group.s; k < group.e; k++) {
    const w = tokens[k]?.lower ?? '';
    if (WORDS.stateNouns.has(w) || cues.forces.has(w)) return 'MEMBER_OF';
  }
  return 'BASED_IN';
}
