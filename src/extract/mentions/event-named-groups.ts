import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Prepositions that open what a group is named for ("Party of ...", "Committee for ..."). */
const OPENS = new Set(['of', 'for']);

/**
 * "the Party of the Democratic Revolution", "the Committee for the Defence
 * of the Revolution", "the Institute for the Study of War": a run closed by
 * an event's head (`eventHeads`) names a group, not the event, when a head of
 * groups (`orgHeads` of data/lexicon.json) stands before an "of" or "for"
 * inside it. The group is named for the event. "the Battle of the Bulge" and
 * "the Day of the Dead" have no such head and stay events.
 */
export function groupNamedForEvent(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  const heads = lex.set('orgHeads');
  let head = false;
  for (let k = s; k < e - 1; k++) {
    const t = tokens[k] as Token;
    if (head && OPENS.has(t.lower)) return true;
    if (t.cap && heads.has(t.lower)) head = true;
  }
  return false;
}
