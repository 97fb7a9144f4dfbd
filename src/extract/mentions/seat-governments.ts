import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { make } from './analyse-run.js';

/** Organization votes of "the Phnom Penh government". */
export const SEAT_VOTE = 6;

/** Nouns after a city that make it stand for who rules from there. */
const RULERS = new Set(['government', 'regime']);

/**
 * "The Phnom Penh government", "the Kabul regime": a town of the gazetteer
 * between "the" and "government" or "regime" names the government that sits
 * there, an organisation called by both words, not the town. "The Iraqi
 * government" is the country rules' (finishCountry in analyse-run.ts).
 * The town's mention is replaced in place (indices of facilities hold).
 */
export function markSeatGovernments(
  sents: readonly { tokens: Token[]; mentions: Mention[] }[],
  lex: Lexicon,
): void {
  for (const { tokens, mentions } of sents)
    mentions.forEach((m, i) => {
      if (m.country || !(m.town || m.fixed === 'Location')) return;
      const o = seatGovernment(tokens, m, lex);
      if (o) mentions[i] = o;
    });
}

function seatGovernment(tokens: Token[], m: Mention, lex: Lexicon): Mention | undefined {
  const noun = tokens[m.e];
  if (!noun || !RULERS.has(noun.lower) || tokens[m.s - 1]?.lower !== 'the') return undefined;
  // "the Kabul government spokesman": the noun modifies another noun.
  const after = tokens[m.e + 1]?.lower ?? '';
  if (lex.set('personNouns').has(after) || lex.set('orgNouns').has(after)) return undefined;
  const o = make(tokens, m.s, m.e + 1, m.sent);
  o.name = `${m.name} ${noun.lower}`;
  o.votes.Organization += SEAT_VOTE;
  return o;
}
