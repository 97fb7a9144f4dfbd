import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import type { CueIndex } from './types.js';

/**
 * Whether a demonym describes a thing, not a person: its head in the tree is
 * a common noun that is no role and no noun for a person ("West German
 * monetary policy", "Iranian oil platforms"). A person named in the same
 * sentence does not live in the country the adjective names: "criticism by
 * Baker of West German interest rates" gave Baker a home in West Germany.
 */
export function demonymOfThing(sc: SentenceContext, place: Mention, cues: CueIndex): boolean {
  if (!place.demonym) return false;
  const toks = sc.syntax.tokens;
  const h = spanHead(sc.syntax, place.start, place.end);
  const head = h >= 0 ? toks[toks[h]?.head ?? -1] : undefined;
  if (head?.upos !== 'NOUN') return false;
  const w = head.text.toLowerCase();
  return !cues.personNouns.has(w) && !cues.rolesByHead.has(w);
}
