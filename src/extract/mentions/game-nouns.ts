import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Prepositions that bring in the other side after a game's noun: "win over X", "defeat at X". */
const OPPONENT = new Set(['over', 'against', 'by', 'to', 'with', 'at', 'from']);

/**
 * "a 3-1 win over Hamburg", "their 1-0 defeat at Schalke", "a draw with
 * Sevilla": in a sports report, the name a preposition brings in right after
 * a game's noun (`gameNouns` in data/lexicon.json) is the other side, a
 * club; so is the side a player's tally is for ("21 points for Chicago",
 * `tallyNouns`). The caller says which mentions may be a club (a country stays its
 * national side). Returns those mentions.
 */
export function gameNounSides(
  tokens: readonly Token[],
  ms: readonly Mention[],
  lex: Lexicon,
): Mention[] {
  const nouns = lex.set('gameNouns');
  const tallies = lex.set('tallyNouns');
  const out: Mention[] = [];
  for (const m of ms) {
    const prep = tokens[m.outer - 1];
    const noun = tokens[m.outer - 2];
    if (!prep || !noun) continue;
    if (
      OPPONENT.has(prep.lower)
        ? nouns.has(noun.lower)
        : prep.lower === 'for' && tallies.has(noun.lower)
    )
      out.push(m);
  }
  return out;
}
