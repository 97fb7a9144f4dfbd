import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Organization votes of the name a title of two words or more follows. */
export const EMPLOYER_VOTE = 2;

/**
 * "James Perry, Volpex Executive Director", "Anna Kord, Tarvel Foods Vice
 * President": a run of capitalised words that ends in a title of two words
 * or more (every word in `titles`, one of them in `titleHeads`) with no name
 * after it is a name and the role someone holds there. Returns where the
 * title starts, or `e` when the run ends in no such title (or is a title
 * alone: "Deputy Prime Minister"). One title word is not enough: "Burger
 * King", "Dairy Queen" end in one; nor is a title word that heads bodies
 * ("White House Chief": "House" is a title's word and a body's head).
 */
export function trailingTitleStart(
  tokens: readonly Token[],
  s: number,
  e: number,
  titles: ReadonlySet<string>,
  heads: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
): number {
  let t = e;
  let head = false;
  while (t > s && titles.has((tokens[t - 1] as Token).lower)) {
    if (bodies.has((tokens[t - 1] as Token).lower)) break;
    t--;
    if (heads.has((tokens[t] as Token).lower)) head = true;
  }
  return head && e - t >= 2 && t > s ? t : e;
}

/**
 * The name before the title is where the person works, an organisation,
 * unless it opens with a given name ("Traci Warner Vice President" in a
 * signature is a person and the role). `names` are the mentions made of it.
 */
export function voteEmployer(tokens: readonly Token[], names: Mention[], lex: Lexicon): void {
  for (const m of names)
    if (!lex.firstNames.has((tokens[m.s] as Token).lower)) m.votes.Organization += EMPLOYER_VOTE;
}
