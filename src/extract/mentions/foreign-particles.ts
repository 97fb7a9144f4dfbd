import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** A particle and the name written in one token: "d'Epargne", "l'Etat". */
const ELIDED = /^[dl]['’]\p{Lu}/u;

/**
 * "Banco do Brasil", "Banco do Estado de Sao Paulo", "Caisse d'Epargne de
 * l'Etat", "Banca della Svizzera Italiana": a group's name that a foreign
 * group word opens (`foreignGroupWords` in data/lexicon.json) runs on across
 * the lower-case particles of its language (`romanceParticles`) to the name
 * words after them. `j` is the token that stopped a run of name words begun
 * at `i`; returns where the name goes on instead, or `j`.
 */
export function foreignParticleEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  isName: (k: number) => boolean,
  lex: Lexicon,
): number {
  const t = tokens[j];
  if (!t || t.cap) return j;
  const elided = ELIDED.test(t.text);
  if (!elided && !lex.set('romanceParticles').has(t.lower)) return j;
  const heads = lex.set('foreignGroupWords');
  let opened = false;
  for (let k = i; k < j && !opened; k++) opened = heads.has((tokens[k] as Token).lower);
  if (!opened) return j;
  if (elided) return j + 1;
  if (isName(j + 1) || ELIDED.test(tokens[j + 1]?.text ?? '')) return j + 2;
  // "Banco de la Nacion": "de la" before the name.
  const la = tokens[j + 1]?.lower;
  if ((la === 'la' || la === 'las' || la === 'los' || la === 'le') && isName(j + 2)) return j + 3;
  return j;
}

/** Organization votes for a name a foreign group word opens ("Banque de l'Etat"). */
export const FOREIGN_GROUP_VOTE = 5;

/** "Banque de l'Etat", "Banco do Brasil": a name opened by a foreign group word and going on. */
export function foreignGroupOpens(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
): boolean {
  return e - s > 1 && lex.set('foreignGroupWords').has(tokens[s]?.lower ?? '');
}

/**
 * "Credit Suisse", "Credit Lyonnais said": a foreign group word that is a
 * common English word kept from names (`notNames`: "Credit") opens a name
 * where it is written with a capital before a capitalised word no English
 * dictionary has, opening the run ("Photo Credit Reuters" is a credit line);
 * "Credit Markets" and "Credit card" stay out.
 */
export function foreignOpenerAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return Boolean(
    t &&
      !tokens[k - 1]?.cap &&
      next?.word &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      /^\p{Lu}\p{Ll}/u.test(next.text) &&
      next.start === t.end + 1 &&
      lex.set('foreignGroupWords').has(t.lower) &&
      !lex.dictionary.has(next.lower),
  );
}
