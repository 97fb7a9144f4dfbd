import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import { ownerlessPossessive } from './ownerless-possessive.js';
import { tradePairEnd } from './trade-pairs.js';

/**
 * Company names that run past what capitalised words alone join:
 *   "Birr, Wilson and Co."        a list of partners closed by a company word
 *   "Cargill, Inc."               a comma before the suffix
 *   "Harlow Bank of Ohio, N.A."   a national bank's form after a bank's name
 *   "Standard and Poor's"         partners, the last a firm's possessive
 *   "Moody's Investors Service Inc"  a possessive inside a company's name
 *   "Johnson and Johnson"         one name twice
 *   "S and P", "B and R"          initials joined by "and"
 * `j` is the token that stopped a run of name words begun at `i`; returns
 * where the name ends instead, or `j` when it does not go on.
 */
export function companyRunEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  isName: (k: number) => boolean,
  lex: Lexicon,
): number {
  const suffixes = lex.set('companySuffixes');
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next) return j;
  const prev = tokens[j - 1] as Token;
  if (t.lower === 'and') {
    if (next.cap && suffixes.has(next.lower)) return j + 2;
    // "Reserve Oil and Gas Co" (trade-pairs.ts).
    const trade = tradePairEnd(tokens, j, lex);
    if (trade > j) return trade;
    // "Willcox and Gibbs Inc", "Owens and Minor Inc": two founders' names and a corporate
    // form that is no English word; not after an acronym, a known firm or another firm's form
    // ("IBM and Acme Corp", "Allied Corp and Zenith Corp").
    const form = tokens[j + 2];
    if (
      j - i === 1 &&
      isName(j + 1) &&
      form?.cap &&
      suffixes.has(form.lower) &&
      !lex.dictionary.has(form.lower.replace(/\.$/, '')) &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !lex.known.has(prev.lower) &&
      // Founders' surnames ("Owens and Minor"), not two firms' coined names ("Euroclear and Cedel SA").
      lex.lastNames.has(prev.lower) &&
      (lex.lastNames.has(next.lower) || lex.dictionary.has(next.lower)) &&
      !suffixes.has(prev.lower) &&
      // "Merrill Lynch, Pierce, Fenner and Smith Inc": the end of a list is the list's business.
      tokens[i - 1]?.text !== ','
    )
      return j + 3;
    // "S and P": single capitals.
    if (/^\p{Lu}$/u.test(prev.text) && /^\p{Lu}\.?$/u.test(next.text) && j - i === 1) return j + 2;
    // "Johnson and Johnson": one name twice is a firm's, never two people.
    if (j - i === 1 && isName(j + 1) && next.lower === prev.lower && !isName(j + 2)) return j + 2;
    // "Standard and Poor's (Corp.)": one word, then the firm's possessive.
    if (isName(j + 1) && !isName(j - 2) && /^['’]s$/.test(tokens[j + 2]?.text ?? '')) {
      if (ownerlessPossessive(tokens, j + 2, lex)) return j + 3;
      if (suffixes.has(tokens[j + 3]?.lower ?? '') && tokens[j + 3]?.cap) return j + 4;
    }
  }
  if (t.text === ',') {
    // "Cargill, Inc.".
    if (next.cap && /^(?:inc|ltd|corp|plc|llc)\.?$/.test(next.lower)) return j + 2;
    // "Harlow Bank of Ohio, N.A.": only after a bank's name, for "N.A." is also "not available".
    if (next.text === 'N.A.' && tokens.slice(i, j).some((x) => x.lower.includes('bank')))
      return j + 2;
    // "Birr, Wilson and Co.": at most three partners before "and" and a company word.
    let k = j + 1;
    while (k < j + 8 && (isName(k) || tokens[k]?.text === ',')) k++;
    if (
      k > j + 1 &&
      tokens[k]?.lower === 'and' &&
      tokens[k + 1]?.cap &&
      suffixes.has(tokens[k + 1]?.lower ?? '')
    )
      return k + 2;
  }
  // "Industrial Equity (Pacific) Ltd": a place in brackets before the suffix.
  if (t.text === '(' && isName(j + 1) && tokens[j + 2]?.text === ')') {
    const after = tokens[j + 3];
    if (after?.cap && suffixes.has(after.lower)) return j + 4;
  }
  if (t.lower === "'s" || t.lower === '’s') {
    // "Moody's", "Macy's": one word, a firm named after its founder (not "Chrysler Corp's").
    if (j - i === 1 && !suffixes.has(prev.lower) && ownerlessPossessive(tokens, j, lex))
      return j + 1;
    // "Moody's Investors Service Inc": name words after it, closed by a company suffix
    // (but "Peru's Andean Mining Co" is a place's company).
    const owner = tokens
      .slice(i, j)
      .map((x) => x.lower)
      .join(' ');
    // "Albertson's Inc": a suffix right after the possessive; no place owns a bare "Inc".
    const after = tokens[j + 1];
    if (after?.cap && suffixes.has(after.lower) && !lex.known.has(owner)) return j + 2;
    if (lex.known.has(owner) || lex.towns.has(owner)) return j;
    // "Panhandle Eastern Corp's Trunkline Gas Co": a firm its form closes owns a firm of its own.
    if (suffixes.has(prev.lower.replace(/\.$/, '')) || suffixes.has(prev.lower)) return j;
    let k = j + 1;
    while (k < j + 6 && isName(k)) k++;
    if (k > j + 2 && suffixes.has(tokens[k - 1]?.lower ?? '')) return k;
    // "Moody's Investors Service": closed by a company word, when the owner is no person's name.
    const closer = tokens[k - 1]?.lower ?? '';
    if (
      k > j + 2 &&
      j - i === 1 &&
      lex.set('bareHeads').has(closer) &&
      !lex.firstNames.has(owner) &&
      !lex.lastNames.has(owner)
    )
      return k;
  }
  return j;
}
