import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';

/** Words a sport's name before the headline's dash has at most ("RUGBY UNION", "ICE HOCKEY"). */
const MAX_PREFIX = 3;

/**
 * The dash after a team sport's name that opens the story's first line
 * ("SOCCER - LEEDS HOLD CHELSEA", "NHL ICE HOCKEY - RANGERS EDGE FLYERS"), a
 * sport of `teamSports` in data/lexicon.json; -1 for none. Tennis, golf or
 * skiing headlines name players, not teams, and do not count.
 */
export function teamSportDash(sents: readonly SentenceContext[], lex: Lexicon): number {
  const tokens = sents[0]?.tokens;
  if (!tokens) return -1;
  const dash = tokens.findIndex((t) => t.text === '-' || t.text === '–');
  if (dash < 1 || dash > MAX_PREFIX) return -1;
  // "NHL ICE HOCKEY", "NBA BASKETBALL": a league's name may go before the sport's.
  const words = tokens.slice(0, dash).map((t) => t.lower);
  const sports = lex.set('teamSports');
  for (let a = 0; a < words.length; a++)
    for (let b = a + 1; b <= words.length; b++)
      if (sports.has(words.slice(a, b).join(' '))) return dash;
  return -1;
}

/**
 * The sides a team sport's headline names after its dash: "SOCCER -
 * NEWCASTLE SLUMP CONTINUES", "BARCELONA GO TOP AFTER WIN AT VALENCIA".
 * `maySide` says which mentions can be a club (a town, a state, a name no
 * list knows; not a country, which stays its national side); a place after
 * "in" is where the game was played and stays a place.
 */
export function headlineSides(
  sents: readonly SentenceContext[],
  dash: number,
  maySide: (m: Mention) => boolean,
): Mention[] {
  const first = sents[0];
  if (!first || dash < 0) return [];
  return first.mentions.filter(
    (m) => m.outer > dash && first.tokens[m.outer - 1]?.lower !== 'in' && maySide(m),
  );
}
