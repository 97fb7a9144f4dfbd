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
 * `tallyNouns`), and the side whose game it is ("Kilmarnock's 3-0 victory"). The caller says which mentions may be a club (a country stays its
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
    // "Kilmarnock's 3-0 victory over Raith": the side whose win or defeat it is.
    if (ownsGame(tokens, m.e, nouns)) {
      out.push(m);
      continue;
    }
    if (!prep || !noun) continue;
    // "at home to Southampton", "away to Dundee", not "flew home to Paris", "away from Narjes".
    if (noun.lower === 'home' && tokens[m.outer - 3]?.lower !== 'at') continue;
    if (noun.lower === 'away' && prep.lower !== 'to') continue;
    if (
      OPPONENT.has(prep.lower)
        ? nouns.has(noun.lower)
        : prep.lower === 'for' && tallies.has(noun.lower)
    )
      out.push(m);
  }
  return out;
}

const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
const SCORE = /^\d{1,3}-\d{1,3}$/;

/** A possessive at `k`, then a game's noun, with its score between or not: "'s 3-0 victory". */
function ownsGame(tokens: readonly Token[], k: number, nouns: ReadonlySet<string>): boolean {
  if (!POSSESSIVE.has(tokens[k]?.text ?? '')) return false;
  const n = SCORE.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  return nouns.has(tokens[n]?.lower ?? '');
}
