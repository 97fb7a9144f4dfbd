import type { Lexicon } from '../lexicon.js';

/** Capitals inside a word that are not a surname's: "USAir", "ChemLawn", "BankAmerica", but not "McDonald". */
const INNER_CAPITAL =
  /^(?!Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O'|O’)\p{Lu}+\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}$/u;

/**
 * The shape of a one-word company name: capitals inside the word, or an
 * ending companies coin names with (`companyEndings`: "Citicorp",
 * "Bundesbank", "Viacom").
 */
export function companyShape(word: string, lex: Lexicon): boolean {
  if (INNER_CAPITAL.test(word)) return true;
  const lower = word.toLowerCase();
  for (const end of lex.set('companyEndings'))
    if (lower.length > end.length + 2 && lower.endsWith(end) && !lex.dictionary.has(lower))
      return true;
  return false;
}
