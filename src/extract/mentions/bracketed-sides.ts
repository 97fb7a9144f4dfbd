import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "Alan Shearer (Newcastle)", "Ian Wright (Arsenal)": in a team sport's
 * story, a name alone in brackets right after a person's full name is the
 * player's side, a club. The caller says which mentions may be a club (a
 * country in brackets stays a place: a national side, or a golfer's or a
 * tennis player's country) and calls it only for team sports' stories.
 * Returns those mentions.
 */
export function bracketedSides(tokens: readonly Token[], ms: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (tokens[m.outer - 1]?.text !== '(' || tokens[m.e]?.text !== ')') continue;
    const player = ms.find((o) => o.e === m.outer - 1);
    if (player && player.e - player.s > 1 && player.votes.Person > 0) out.push(m);
  }
  return out;
}
