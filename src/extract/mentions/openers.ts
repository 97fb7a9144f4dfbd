import type { Lexicon } from '../lexicon.js';
import type { MentionOptions } from '../mentions.js';
import type { Token } from '../tokenize.js';
import { lookup, POSSESSIVE, type Sets, textOf } from './analyse-run.js';
import { companyOpener, formalSuffixCloses } from './company-openers.js';
import { openerFirm } from './opener-firms.js';
import { personOpener } from './person-openers.js';
import { personBeforeRole } from './possessor-role.js';
import { standingsRowAt } from './standings-rows.js';
import { SPEAKS } from './words.js';

/**
 * Sentence openers: whether a capitalised word that opens a sentence (or a
 * story's body after its dateline) is a common word the scan drops, or the
 * first word of a name it keeps ("Sorghum is priced" against "Smith said",
 * "MIDLAND, Texas", "Standard Chartered said").
 */

/** What the opener checks read of the name scan of one sentence. */
export interface OpenerScan {
  tokens: Token[];
  lex: Lexicon;
  opts: MentionOptions;
  sets: Sets;
}

/** A capitalised sentence opener that the document also writes in lower case is a common word. */
export function commonOpener(sc: OpenerScan, w: string, long: boolean, rare = false): boolean {
  const { lex, opts } = sc;
  return (
    (opts.lowerWords.has(w) ||
      ((lex.dictionary.has(w) || (rare && lex.rareWords.has(w))) && !opts.capWords.has(w))) &&
    !lex.known.has(w) &&
    !lex.firstNames.has(w) &&
    !lex.personWords.has(w) &&
    // "Bill Guerrin scored": a given name that is a word too, before a name.
    !(long && lex.set('givenWords').has(w)) &&
    !(sc.sets.titles.has(w) && long)
  );
}

/**
 * A rarer word may be a common word only alone, and not before a possessive ("Sorghum is
 * priced", but "Kestrel's Graham Pollitt": a firm's).
 */
export function rareOpener(tokens: readonly Token[], s: number, j: number): boolean {
  return j - s === 1 && !POSSESSIVE.test(tokens[j]?.text ?? '');
}

/** A lone opener that speaks or has an age is a surname: "Smith said", "Winter, 53, is". */
function speaks(sc: OpenerScan, k: number): boolean {
  const { tokens, lex } = sc;
  const w = tokens[k]?.lower ?? '';
  const n = tokens[k + 1];
  if (n?.text === ',' && /^\d{1,3}$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === ',')
    return true;
  return (
    SPEAKS.has(n?.lower ?? '') &&
    (lex.lastNames.has(w) || lex.personWords.has(w)) &&
    !w.endsWith('s')
  );
}

/** The state or country written from token `k` on, its pieces unspaced ("W" "." "Va."). */
function stateOrCountryAt(tokens: readonly Token[], k: number, lex: Lexicon) {
  let e = k + 1;
  while (e < k + 4 && tokens[e] && tokens[e]?.start === tokens[e - 1]?.end) e++;
  for (; e > k; e--) {
    const known = lex.known.get(
      tokens
        .slice(k, e)
        .map((t) => t.text)
        .join('')
        .toLowerCase(),
    );
    if (known) return known;
  }
  return undefined;
}

/**
 * A common-word opener still starts the name when a middle initial follows
 * ("Guy M. Struve"), or it starts a known name or a place ("New Jersey Gov.
 * X", "South Bend", "Bank of X"), or the run is a place before its state
 * ("ROCK HILL, S.C.", "Baton Rouge, La.").
 */
export function keepsOpener(sc: OpenerScan, k: number, j: number): boolean {
  const { tokens, lex } = sc;
  const after = tokens[j]?.text === ',' ? stateOrCountryAt(tokens, j + 1, lex) : undefined;
  const stateAfter = after?.region === true || after?.country === true;
  // "Arsenal 17 9 5 3 32 16 32": a standings row's name; "MIDLAND, Texas": a town before its state.
  if (k + 1 === j)
    return (
      speaks(sc, k) ||
      personBeforeRole(tokens, k, j, lex) ||
      // "Booth was shot", "Ruby fatally shot Oswald" (person-openers.ts).
      personOpener(tokens, k, lex) ||
      standingsRowAt(tokens, j) ||
      (stateAfter && lex.rareWords.has(tokens[k]?.lower ?? ''))
    );
  if (k + 1 > j) return false;
  return (
    (k + 2 < j && /^\p{Lu}\.$/u.test(tokens[k + 1]?.text ?? '')) ||
    stateAfter ||
    // "Will Rogers": a surname right after it.
    (k + 2 === j && lex.lastNames.has(tokens[k + 1]?.lower ?? '')) ||
    companyOpener(tokens, k, j, lex) ||
    // "Standard Chartered said": an opener of firms' names before a firm's verb.
    openerFirm(tokens, k, j, lex) ||
    formalSuffixCloses(tokens, j, lex) ||
    // "Sun Hung Kai Properties": three words or more under an organisation's head.
    (j - k >= 3 &&
      sc.sets.orgHeads.has(tokens[j - 1]?.lower ?? '') &&
      !lex.known.has(tokens[k]?.lower ?? '')) ||
    // "Moody's said": a firm's possessive that owns nothing (joined by companyRunEnd).
    (k + 2 === j && POSSESSIVE.test(tokens[k + 1]?.text ?? '')) ||
    sc.sets.locPrefixes.has(tokens[k]?.lower ?? '') ||
    tokens[k + 1]?.lower === 'of' ||
    lookup(lex, textOf(tokens, k, k + 2)) !== undefined ||
    (k + 2 < j && lookup(lex, textOf(tokens, k, k + 3)) !== undefined)
  );
}
