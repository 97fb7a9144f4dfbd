import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { POSSESSIVE } from './analyse-run.js';

/**
 * "Republican People's Party", "the Workers' Party", "Democratic Governors'
 * Association", "People's Republic of China": a possessive after a plural
 * noun of people (`groupPossessors` in data/lexicon.json: people, workers,
 * governors) belongs to the name when the name words after it hold a head
 * of bodies or places (`orgHeads`, `locHeads`, or their plural): the body is
 * named for those it serves, not owned by someone ("the Securities Dealers'
 * NASDAQ" is owned). At token `j` (the "'s" or a lone "'") after the run
 * [i, j): the index of the word after
 * the possessive, where the run goes on, or `j` when it does not join. A
 * person's possessive ("Gorbachev's Kremlin") and a possessive the run opens
 * with are left alone.
 */
export function groupPossessiveEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  isName: (k: number) => boolean,
  lex: Lexicon,
): number {
  const pos = tokens[j];
  const owner = tokens[j - 1];
  if (!pos || !owner || j - 1 < i) return j;
  if (!POSSESSIVE.test(pos.text) && pos.text !== "'" && pos.text !== '’') return j;
  // The lone apostrophe closes a plural ("Governors '"), the "'s" follows any noun of people ("People's").
  if (!POSSESSIVE.test(pos.text) && !owner.lower.endsWith('s')) return j;
  if (!lex.set('groupPossessors').has(owner.lower)) return j;
  if (!isName(j + 1) || /^\p{Lu}{2,}$/u.test(tokens[j + 1]?.text ?? '')) return j;
  // The words after it close on a body's or a place's head: "Party", "Association", "Republic".
  let k = j + 1;
  while (isName(k)) k++;
  const heads = [lex.set('orgHeads'), lex.set('locHeads')];
  for (let h = j + 1; h < k; h++) {
    const w = (tokens[h] as Token).lower;
    if (heads.some((set) => set.has(w) || set.has(w.replace(/s$/, '')))) return j + 1;
  }
  return j;
}
