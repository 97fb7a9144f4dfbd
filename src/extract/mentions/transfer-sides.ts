import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Tokens back from "from" or "to" a transfer's word may stand: "signed X from", "on loan to". */
const REACH = 8;

/**
 * "Montella joined Genoa", "Middlesbrough signed Jan Nielsen from Brondby",
 * "moved on loan to Everton": in a team sport's story, the name a player
 * joins, the one "from" or "to" brings in after a transfer's word
 * (`transferVerbs` and `transferNouns` in data/lexicon.json), and the
 * subject right before a transfer's verb are clubs. The caller says which mentions may be one
 * and calls it only for team sports' stories. Returns those mentions.
 */
export function transferSides(
  tokens: readonly Token[],
  ms: readonly Mention[],
  lex: Lexicon,
): Mention[] {
  const verbs = lex.set('transferVerbs');
  const nouns = lex.set('transferNouns');
  const out: Mention[] = [];
  for (const m of ms) {
    if (verbs.has(tokens[m.e]?.lower ?? '')) {
      out.push(m);
      continue;
    }
    const prev = tokens[m.outer - 1]?.lower ?? '';
    if (prev === 'joined' || prev === 'joins' || prev === 'join' || prev === 'rejoined') {
      out.push(m);
      continue;
    }
    if (prev !== 'from' && prev !== 'to') continue;
    for (let k = m.outer - 2; k >= 0 && k >= m.outer - 1 - REACH; k--)
      if (verbs.has((tokens[k] as Token).lower) || nouns.has((tokens[k] as Token).lower)) {
        out.push(m);
        break;
      }
  }
  return out;
}
