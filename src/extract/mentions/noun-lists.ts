import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import type { NamedSentence } from './firm-names.js';

/** Organization votes a name gets from the plural noun that introduces its list. */
export const LIST_VOTE = 4;

/** Words that open the list after the noun: "airlines such as X", "banks including X", "the carriers are X". */
const OPENERS = new Set(['as', 'including', 'include', 'includes', 'included', 'are', 'were', ':']);

/** How far past the noun the list may open ("airlines flying the 737-300s are X"). */
const REACH = 6;

/**
 * "Airlines flying the jet are Aloha, America West, Delta and Piedmont",
 * "banks such as Chemical, Chase and Citicorp": a plural noun that says what
 * groups are (`orgNouns` of data/lexicon.json: airlines, banks, firms,
 * agencies, or the plural of such a noun: carriers) and a list of two names
 * or more that it introduces make each name an organisation, whatever a
 * place word or a given name in it suggests (typed for sure, like a club
 * named after its city). A name of the gazetteers (a country, a town) keeps
 * its type, and "banks in Japan and Italy" is no such list (no opener). A
 * comma right after the noun opens a list too ("two camera firms, Leica and
 * Rollei, left the market"): the names are the noun's appositive.
 */
export function markNounLists(sents: readonly NamedSentence[], lex: Lexicon): void {
  const nouns = lex.set('orgNouns');
  for (const { tokens, mentions } of sents) {
    if (mentions.length < 2) continue;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!t.word || !plural(t.lower, nouns) || mentions.some((m) => m.outer <= k && k < m.e))
        continue;
      const open = opener(tokens, k);
      if (open < 0) continue;
      const list = listAt(tokens, mentions, open);
      if (list.length < 2) continue;
      for (const m of list) {
        if (m.fixed || m.country) continue;
        // Typed for sure, as a club named after its city is (city-clubs.ts): neither the tagger
        // nor the typing model overrules what the sentence says the names are.
        m.fixed = 'Organization';
        m.votes.Organization += LIST_VOTE;
      }
    }
  }
}

/** "airlines", "carriers", "agencies": the plural of a noun of groups. */
function plural(w: string, nouns: Set<string>): boolean {
  if (!w.endsWith('s')) return false;
  return (
    nouns.has(w) ||
    nouns.has(w.slice(0, -1)) ||
    (w.endsWith('ies') && nouns.has(`${w.slice(0, -3)}y`))
  );
}

/** The token after the opener that follows noun `k` within REACH tokens, or -1. */
function opener(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + REACH; j++) {
    const t = tokens[j] as Token;
    // "airlines, banks and X": another clause or a name before the opener ends the search.
    if (t.cap || t.text === ';' || t.text === '.') return -1;
    // "two German companies, Leica and Rollei, left": a list set off right after the noun.
    if (t.text === ',' && j === k + 1 && tokens[j + 1]?.cap) return j + 1;
    if (!OPENERS.has(t.lower)) continue;
    if (t.lower === 'as' && tokens[j - 1]?.lower !== 'such') continue;
    return j + 1;
  }
  return -1;
}

/** The names listed from token `at`: name (, name)* (and|or name), nothing else between them. */
function listAt(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention[] {
  const out: Mention[] = [];
  let k = at;
  for (;;) {
    const m = mentions.find((x) => x.outer === k || x.s === k);
    if (!m) break;
    out.push(m);
    k = m.e;
    const sep = tokens[k]?.lower;
    if (sep === ',' && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'or')) k += 2;
    else if (sep === ',' || sep === 'and' || sep === 'or' || sep === '&') k += 1;
    else break;
  }
  return out;
}
