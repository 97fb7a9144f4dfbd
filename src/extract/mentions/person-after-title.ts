import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Sets } from './analyse-run.js';
import { PARTICLES } from './words.js';

/**
 * "Russian State Duma Deputy Konstantin Zatulin", "Crimean Supreme Soviet
 * Chairman Mykola Bahrov", "U.N. Secretary-General Javier Perez de Cuellar":
 * after a title inside a run, the words [t, e) are a person's name when they
 * are two to four capitalised words no dictionary, gazetteer or head list
 * knows (name particles such as "de" between them), so the run splits there
 * into the body the title is of and the person, whatever the body's name.
 */
export function personAfterTitle(
  tokens: readonly Token[],
  t: number,
  e: number,
  lex: Lexicon,
  sets: Sets,
): boolean {
  const words = e - t;
  if (words < 2 || words > 4) return false;
  for (let k = t; k < e; k++) {
    const w = tokens[k] as Token;
    if (k > t && k < e - 1 && PARTICLES.has(w.lower)) continue;
    if (!w.word || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text)) return false;
    if (lex.dictionary.has(w.lower) || sets.orgHeads.has(w.lower) || sets.locHeads.has(w.lower))
      return false;
    if (lex.known.has(w.lower) || lex.towns.has(w.lower)) return false;
  }
  const name = tokens
    .slice(t, e)
    .map((x) => x.lower)
    .join(' ');
  return !lex.known.has(name);
}
