import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Person votes for a name an owner's role follows: as much as "X, a lawyer". */
  vote: 6,
  /** How many lower-case words may stand between the owner's "'s" and the role. */
  reach: 4,
};

/**
 * "Tomohiro Saiki, Japan's prime minister, said", "Kwame Asante, Ghana's
 * ambassador to Britain": after the comma that follows the name, one to
 * three capitalised words own ("'s") a run of lower-case words closed by
 * a person's role (`titleHeads` or `personNouns` of data/lexicon.json). The
 * name is the person who holds the role, not a town written with its country
 * (a dateline reads "KARBALA, Iraq", never "Iraq's"). A company by its form,
 * a name a head of groups or places closes, a country or a state are left
 * alone ("Toyota Motor Corp, Japan's biggest investor").
 */
export function ownedRoleAfter(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (m.firm || m.country || m.region || m.demonym || m.fixed) return false;
  if (tokens[m.e]?.text !== ',') return false;
  const last = (tokens[m.e - 1] as Token).lower;
  if (lex.set('orgHeads').has(last) || lex.set('locHeads').has(last)) return false;
  // The owner: one to three capitalised words, then "'s".
  let k = m.e + 1;
  const ownerStart = k;
  while (k < tokens.length && k < ownerStart + 3 && (tokens[k] as Token).cap) k++;
  if (k === ownerStart) return false;
  const s = tokens[k]?.text;
  if (s !== "'s" && s !== '’s') return false;
  return roleCloses(tokens, k + 1, lex);
}

/** Whether the lower-case words from `from` to the next punctuation end in a person's role. */
function roleCloses(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const roles = [lex.set('titleHeads'), lex.set('personNouns')];
  let k = from;
  while (k < tokens.length && k < from + DEFAULTS.reach) {
    const t = tokens[k] as Token;
    if (!t.word || t.cap) break;
    k++;
  }
  if (k === from) return false;
  const end = tokens[k];
  // The role closes the words: punctuation, "to" ("ambassador to Britain") or "of" follows.
  if (end?.word && end.lower !== 'to' && end.lower !== 'of' && end.lower !== 'for') return false;
  const role = (tokens[k - 1] as Token).lower;
  return roles.some((r) => r.has(role));
}
