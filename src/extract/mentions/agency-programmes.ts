import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "The World Food Programme said it would cut rations": a programme that
 * speaks is the agency that runs it (`agencyEventHeads` in
 * data/lexicon.json), not a plan; the run [s, e) is kept as a name when
 * the word after it is a statement's verb (`firmStatements`: said, says,
 * reported, announced). "The Marshall Plan helped Europe" and "the Apollo
 * Programme ended" stay events.
 */
export function agencyProgramme(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  const last = tokens[e - 1];
  const next = tokens[e];
  return Boolean(
    e - s > 1 &&
      last &&
      next &&
      lex.set('agencyEventHeads').has(last.lower) &&
      lex.set('firmStatements').has(next.lower),
  );
}
