import type { Token } from '../tokenize.js';

/** What an apostrophe opens after a word when it is no part of a name: "People 's", "they 're". */
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm', 'em', 'n']);

/**
 * "Malcolm O 'Neill", "Ze 'ev Eytan", "Samih al-Sa 'id": text that was
 * tokenised before it reached us (CoNLL04, Penn-style corpora) parts an
 * apostrophe inside a name from the word before it. At token `j` (the
 * apostrophe), with the run of name words [i, j) before it: true when the
 * apostrophe is glued to the word after it but not to the one before, and
 * that word is a capitalised one after a one-letter prefix ("O 'Neill",
 * "D 'Amato") or a short lower-case syllable that is no clitic ("'ev",
 * "'id"), so the name goes on through it. A quotation opened after a name
 * ("Reagan 'Star Wars' plan") and a clitic ("People 's Party") stay outside.
 */
export function apostropheInside(tokens: readonly Token[], i: number, j: number): boolean {
  const a = tokens[j];
  const w = tokens[j + 1];
  const prev = tokens[j - 1];
  if (!a || !w || !prev || j <= i || (a.text !== "'" && a.text !== '’')) return false;
  if (a.start === prev.end || w.start !== a.end || !w.word) return false;
  if (/^\p{Lu}$/u.test(prev.text)) return w.cap;
  return /^\p{Ll}{2,4}$/u.test(w.text) && !CLITICS.has(w.lower);
}
