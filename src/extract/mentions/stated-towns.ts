import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Location votes for a town written with its state after a place's preposition: more than a given name. */
  vote: 3,
};

/** Prepositions before a town written with its state ("a firm of X, N.J.", "born near X, Ohio"). */
const PREPOSITIONS = new Set(['of', 'in', 'near', 'from', 'outside', 'at']);

/** Tokens that may follow the state: the clause goes on past punctuation, or the line ends. */
const AFTER_STATE = new Set([',', '.', ';', ':', ')']);

/**
 * "the Acme Co. of Warren Lakes, Mich.", "Jane Roe, 50, of Shirley, Mass.":
 * a name of one to three words after a place's preposition and before a
 * comma, a US state or first-level region and punctuation is a town, however
 * much its words look like a given name ("Warren", "Shirley"); neither the
 * entity tagger nor the typing model makes it a person. A company by
 * its form, a name with a title, and a state the clause goes on with ("of
 * Ann Cole, Texas's governor") are left alone.
 */
export function statedTowns(tokens: readonly Token[], mentions: Mention[], lex: Lexicon): void {
  const opts = DEFAULTS;
  for (const [i, m] of mentions.entries()) {
    if (m.fixed || m.firm || m.country || m.region || m.demonym || m.titles.length) continue;
    if (m.e - m.s > 3 || m.outer !== m.s) continue;
    if (namedTown(tokens, m.outer, lex)) {
      m.statedTown = true;
      continue;
    }
    const prep = tokens[m.outer - 1];
    if (!prep || !PREPOSITIONS.has(prep.lower) || tokens[m.e]?.text !== ',') continue;
    const state = mentions[i + 1];
    if (!state || state.outer !== m.e + 1 || !state.region || state.demonym) continue;
    const after = tokens[state.e];
    if (after && !AFTER_STATE.has(after.text)) continue;
    m.votes.Location += opts.vote;
    m.statedTown = true;
  }
}

/** Determiners before a settlement's noun ("the city of X", "a village of X"). */
const DETERMINERS = new Set(['the', 'a', 'this', 'that', 'its', 'his', 'her', 'their']);

/** Owners before "native" ("his native X", "Van Dorn's native X"). */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', "'s", '’s']);

/**
 * "near the city of Marlow", "the village of Ann", "Van Dorn's native
 * Kelbrook": a name the sentence itself calls a settlement
 * (`settlementNouns` of data/lexicon.json, then "of") or someone's native
 * place is a town, whatever given name it is spelt like. The votes come from
 * context-votes.ts; this only keeps the learned passes from making it a person.
 */
function namedTown(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  const [p1, p2, p3] = [tokens[at - 1], tokens[at - 2], tokens[at - 3]];
  if (p1?.lower === 'native') return Boolean(p2 && OWNERS.has(p2.lower));
  return (
    p1?.lower === 'of' &&
    Boolean(p2?.word && !p2.cap && lex.set('settlementNouns').has(p2.lower)) &&
    Boolean(p3 && DETERMINERS.has(p3.lower))
  );
}
