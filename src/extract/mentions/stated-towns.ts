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
export function statedTowns(tokens: readonly Token[], mentions: Mention[]): void {
  const opts = DEFAULTS;
  for (const [i, m] of mentions.entries()) {
    if (m.fixed || m.firm || m.country || m.region || m.demonym || m.titles.length) continue;
    if (m.e - m.s > 3 || m.outer !== m.s) continue;
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
