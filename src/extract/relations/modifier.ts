import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import { WORDS } from './words.js';

/**
 * Whether a possessed name only modifies the common noun right after it
 * ("Mulroney's Progressive Conservative government", "GM's Detroit-Hamtramck
 * luxury car plant", "Imatron's Ultrafast computed tomography scanners"):
 * then what the possessor holds is that noun, not the name, and the two
 * names carry no relation. A noun of an owned part or of the kind of group
 * the name is keeps it ("Textron's Bell Helicopter unit", "Giessen's
 * Bezirksparkasse bank", data/relation-words.json `ownedPartNouns`). Read on
 * the tree: the first word after the name is a lower-case NOUN and the head
 * of the name. The possessive rules ask it only when neither name is a
 * place: after a place the tagger's nouns are too often verbs ("Sweden's
 * Social Democratic Party rose"), and "Iraq's Kirkuk field" still puts
 * Kirkuk in Iraq.
 */
export function modifiesNoun(sc: SentenceContext, m: Mention): boolean {
  const toks = sc.syntax.tokens;
  const k = toks.findIndex((t) => t.start >= m.end);
  const next = toks[k];
  if (next?.upos !== 'NOUN') return false;
  // The name hangs on that noun: "Union controls" tagged a noun is no head of "Union".
  if (toks[spanHead(sc.syntax, m.start, m.end)]?.head !== k) return false;
  const w = next.text;
  if (w !== w.toLowerCase()) return false;
  return !WORDS.ownedPartNouns.has(w);
}
