import type { Lexicon } from '../lexicon.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { acronymStaff, STAFF_VOTE } from './acronym-staff.js';
import { participleEndsAppositive } from './appositive-participles.js';
import { tickerAfter } from './bracketed-firm.js';
import { datelinePlace } from './dateline-places.js';
import { employerAfterRole, employerBeforeRole } from './employer-role.js';
import { GROUP_ROLE_VOTE, groupRoleAfter } from './group-roles.js';
import { SYNDICATE_VOTE, syndicateRoleBefore } from './lead-managers.js';
import { DEFAULTS as OWNED_ROLE, ownedRoleAfter } from './owned-roles.js';
import { PEOPLE_OWNER_VOTE, peopleOwner } from './people-owners.js';
import { personBeforeRole } from './possessor-role.js';
import { prepositionNotPlace } from './preposition-owners.js';
import { reportedClauseAfter } from './reported-clauses.js';
import { shareOwner } from './share-owners.js';
import {
  ADJ_BEFORE,
  GROUP_MEMBERS,
  LOC_NOUNS,
  LOC_PREPS,
  MONTHS,
  ORG_OWNS,
  PLACE_ADJ,
  PLACE_AFTER,
  PLACE_OWNS,
} from './words.js';

// Votes from the words around a mention (mentions.ts runs them on every name
// it finds): prepositions, ages, appositives, what follows or owns it, datelines.
/** Votes from the words around a mention: prepositions, ages, appositives. */
const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'our',
]);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', '’s']);
const SAID = new Set(['said', 'says', 'told', 'wrote', 'added']);
const NATIVES = new Set(['native', 'natives', 'resident', 'residents']);

/**
 * Type votes from the words around a mention. The rules run in a fixed
 * order (later ones read the votes earlier ones cast), split by where they
 * look: before the name, after it, and at a dateline.
 */
export function contextVotes(tokens: Token[], m: Mention, lex: Lexicon): void {
  votesBefore(tokens, m, lex);
  votesAfter(tokens, m, lex);
  if (m.outer === firstWordIndex(tokens)) votesDateline(tokens, m, lex);
  const prev = tokens[m.outer - 1];
  if (prev && /^(?:mr|mrs|ms|dr)\.?$/.test(prev.lower)) m.votes.Person += 5;
}

function votesBefore(tokens: Token[], m: Mention, lex: Lexicon): void {
  const prev = tokens[m.outer - 1];
  const prev2 = tokens[m.outer - 2];
  // Not "a suspect in Kennedy's assassination" nor "according to Fadeyev" (preposition-owners.ts).
  if (prev && LOC_PREPS.has(prev.lower) && !prepositionNotPlace(tokens, m.outer, m.e, lex))
    m.votes.Location += prev.lower === 'at' ? 0.5 : 1.5;
  // A capitalised common word in mid-sentence with no article before it is usually a surname ("Bush said").
  const first = firstWordIndex(tokens);
  if (
    m.e - m.s === 1 &&
    m.outer > first &&
    m.votes.Person === 0 &&
    m.votes.Organization === 0 &&
    m.votes.Location === 0 &&
    lex.dictionary.has((tokens[m.s] as Token).lower) &&
    !(prev && (DETERMINERS.has(prev.lower) || (prev.word && prev.cap)))
  )
    m.votes.Person += 0.3;
  const single = m.e - m.s === 1;
  // "the town of X", "a native of X", "X, 29, of Y".
  if (
    prev?.lower === 'of' &&
    prev2 &&
    (LOC_NOUNS.has(prev2.lower) || prev2.lower === 'native' || prev2.lower === 'resident')
  )
    m.votes.Location += 3;
  if (
    prev?.lower === 'of' &&
    prev2?.text === ',' &&
    /^\d{1,3}$/.test(tokens[m.outer - 3]?.text ?? '')
  )
    m.votes.Location += 3;
  // A common noun right before a name types it: "copper company Codelco", "diver Brian Michaud".
  if (prev?.word && !prev.cap && PLACE_ADJ.has(prev.lower)) m.votes.Location += 2;
  else if (prev?.word && !prev.cap) {
    // "the brokerage firm Merrill Lynch": the noun outweighs a given name in the firm's name
    // (a noun after a determiner, another group's noun or a demonym; "may force X" is a verb).
    if (lex.set('orgNouns').has(prev.lower))
      m.votes.Organization += kindNoun(prev2, lex) ? KIND_NOUN_VOTE : 2;
    else if (lex.set('personNouns').has(prev.lower)) m.votes.Person += 2;
    else if (LOC_NOUNS.has(prev.lower)) m.votes.Location += 2;
  }
  // "Van Dorn's native Kelbrook", "his native Ohio": the place someone was born in.
  if (prev?.lower === 'native' && prev2 && (OWNERS.has(prev2.lower) || prev2.lower === "'s"))
    m.votes.Location += 3;
  if (single && prev?.lower === 'of' && m.votes.Person < 1 && m.votes.Organization < 1)
    m.votes.Location += 0.5;
  if (prev?.lower === 'the' && prev2 && LOC_PREPS.has(prev2.lower)) m.votes.Organization += 0.5;
  // "lead manager Morgan Guaranty Ltd said": a syndicate's role is a bank's.
  if (syndicateRoleBefore(tokens, m.outer, lex)) firm(m, SYNDICATE_VOTE);
}

/** "X, a militia that ...": the noun of an appositive after the name. */
function appositiveNoun(tokens: Token[], m: Mention, lex: Lexicon): void {
  for (let k = m.e + 2; k < Math.min(tokens.length, m.e + 7); k++) {
    const t = tokens[k] as Token;
    if (t.text === '-') continue;
    if (
      !t.word ||
      t.lower === 'of' ||
      t.lower === 'for' ||
      t.lower === 'who' ||
      t.lower === 'that' ||
      // "X, a Lebanese citizen living in Y" (appositive-participles.ts).
      participleEndsAppositive(tokens, k, lex)
    ) {
      const noun = tokens[k - 1] as Token;
      if (lex.set('personNouns').has(noun.lower)) m.votes.Person += 6;
      else if (lex.set('orgNouns').has(noun.lower)) {
        m.votes.Organization += 6;
        (m.nouns ??= []).push(noun.lower);
      } else if (LOC_NOUNS.has(noun.lower)) m.votes.Location += 3;
      break;
    }
  }
}

function votesAfter(tokens: Token[], m: Mention, lex: Lexicon): void {
  const prev = tokens[m.outer - 1];
  const prev2 = tokens[m.outer - 2];
  const a = tokens[m.e];
  const b = tokens[m.e + 1];
  const c = tokens[m.e + 2];
  if (a?.text === ',' && b && /^\d{1,3}$/.test(b.text) && c?.text === ',') m.votes.Person += 4;
  // Not "near Marlow, the state forestry office reported" (reported-clauses.ts).
  if (a?.text === ',' && b && ARTICLES.has(b.lower) && !reportedClauseAfter(tokens, m.e, lex))
    appositiveNoun(tokens, m, lex);
  // "Tomohiro Saiki, Japan's prime minister" (owned-roles.ts).
  else if (ownedRoleAfter(tokens, m, lex)) m.votes.Person += OWNED_ROLE.vote;
  if (a && SAID.has(a.lower)) m.votes.Person += 0.5;
  // "Purolator Courier Corp <PCC>", "EVANS/SUTHERLAND <ESCC>": a stock ticker follows a listed company.
  if (tickerAfter(tokens, m.e)) firm(m, TICKER_VOTE);
  // "Merrill Lynch analyst Charles Ryan": the firm a market voice speaks for.
  if (employerBeforeRole(tokens, m.e, lex) || employerAfterRole(tokens, m.outer, lex))
    firm(m, EMPLOYER_VOTE);
  // "shares in Glaxo Wellcome", "a stake in Dunmore": the firm whose shares they are.
  else if (shareOwner(tokens, m.outer, lex)) firm(m, EMPLOYER_VOTE);
  // "180 mln N.Z. Dlrs": a currency's country.
  if (a?.word && lex.set('currencyWords').has(a.lower) && /^\d/.test(prev?.text ?? ''))
    m.votes.Location += 3;
  // "GE spokesman X", "IAI engineers": the group an acronym's staff work for.
  if (acronymStaff(tokens, m, lex)) m.votes.Organization += STAFF_VOTE;
  // "Reagan spokesman X", "Dole aide X": the person a role serves.
  if (personBeforeRole(tokens, m.s, m.e, lex)) m.votes.Person += POSSESSOR_VOTE;
  // "Hamas militants", "Houthi rebels", "X spokesman": a group's members or voice follow its name.
  // Not "X shares his view": a determiner after the word makes it a verb.
  else if (
    a?.word &&
    !a.cap &&
    GROUP_MEMBERS.has(a.lower) &&
    m.votes.Location < 3 &&
    !DETERMINERS.has(b?.lower ?? '')
  )
    m.votes.Organization += 1.5;
  // "Acme president Jane Roe", "Zenith Party leader John Doe" (group-roles.ts).
  else if (m.votes.Location < 3 && groupRoleAfter(tokens, m, lex))
    m.votes.Organization += GROUP_ROLE_VOTE;
  // "the Rancho Nuevo area", "the Sierra Madre foothills": a place noun after the name.
  if (a?.word && !a.cap && PLACE_AFTER.has(a.lower) && !m.country) m.votes.Location += 1.5;
  // "the state oil monopoly, X": an organisation's noun just before the name.
  if (
    prev?.text === ',' &&
    prev2?.word &&
    !prev2.cap &&
    lex.set('orgNouns').has(prev2.lower) &&
    !a?.word &&
    articleWithin(tokens, m.outer - 6, m.outer - 2)
  )
    m.votes.Organization += 2;
  // "a Fargo native", "Modesto resident X".
  if (a && NATIVES.has(a.lower)) m.votes.Location += 3;
  if (a?.text === ',' && b?.lower === 'based') m.votes.Organization += 2;
  if (prev?.lower === 'based' && prev2?.text === '-') m.votes.Organization += 2;
  if (a?.text === ',' && b && lex.known.get(b.lower)?.region) m.votes.Location += 3;
  // "Saint-Gall, Switzerland.": a place, then its country and a stop.
  if (
    a?.text === ',' &&
    b &&
    lex.known.get(b.lower)?.country &&
    !lex.known.get(b.lower)?.demonym &&
    (!c || (!c.word && c.text !== '-' && c.text !== "'s"))
  )
    m.votes.Location += 2;
  // "Winterset's busiest street", "Acme's chairman": what a name owns tells its kind.
  if (a && (a.lower === "'s" || a.lower === '’s') && b) {
    const owned = b.word && !b.cap && ADJ_BEFORE.has(b.lower) ? c : b;
    if (owned && !owned.cap) {
      if (ORG_OWNS.has(owned.lower)) m.votes.Organization += 1.5;
      else if (PLACE_OWNS.has(owned.lower)) m.votes.Location += 1.5;
    }
    // "Benetton's Jean Alesi", "Chelsea's Gianfranco Zola": a team or firm owns a person named in full.
    else if (peopleOwner(tokens, m, lex)) m.votes.Organization += PEOPLE_OWNER_VOTE;
  }
}

function votesDateline(tokens: Token[], m: Mention, lex: Lexicon): void {
  const a = tokens[m.e];
  const b = tokens[m.e + 1];
  // Dateline: "KARBALA, Iraq (AP)"; not "Tomohiro Saiki, Japan's prime minister".
  const owns = tokens[m.e + 2]?.text === "'s" || tokens[m.e + 2]?.text === '’s';
  if (a?.text === ',' && b && lex.known.get(b.lower)?.country && !owns) m.votes.Location += 3;
  // "Sofia, February 15 (BTA) --", "Moscow March 5 (ITAR-TASS)": a place, a date, then the agency.
  const d = a?.text === ',' ? b : a;
  // "LOS ANGELES 1996-12-05": a place, then the date.
  if (d && ISO_DATE.test(d.text)) {
    m.votes.Location += DATELINE_VOTE;
    // "UNITED NATIONS 1996-12-11": alone on its line, the name is the place filed from.
    if (m.fixed === 'Organization' && datelinePlace(tokens, m)) {
      m.fixed = 'Location';
      m.votes.Organization = 0;
    }
    return;
  }
  // "AL-KHOR, United Arab Emirates 1996-12-06": a country or region of words, then the date.
  if (a?.text === ',' && b?.cap) {
    let k = m.e + 2;
    while (k < m.e + MAX_PLACE_WORDS && tokens[k]?.cap) k++;
    const place = tokens
      .slice(m.e + 1, k)
      .map((t) => t.lower)
      .join(' ');
    if (ISO_DATE.test(tokens[k]?.text ?? '') && lex.known.get(place)?.type === 'Location') {
      m.votes.Location += DATELINE_VOTE;
      return;
    }
  }
  const at = a?.text === ',' ? regionBeforeDate(tokens, m.e + 1, lex) : m.e;
  const date = tokens[at];
  const k = at + 1;
  const month = date && (MONTHS.has(date.lower) || MONTHS.has(`${date.lower}.`));
  if (!month || !/^\d{1,2}$/.test(tokens[k]?.text ?? '')) return;
  // "BAHRAIN, March 3 -": Reuters closes its dateline with a single dash.
  if (tokens[k + 1]?.text === '-' && a?.text === ',') {
    m.votes.Location += DATELINE_VOTE;
    return;
  }
  for (let x = k + 1; x < Math.min(tokens.length, k + 4); x++)
    if (tokens[x]?.text === '(' || tokens[x]?.text === '--' || tokens[x]?.text === '—') {
      m.votes.Location += 3;
      break;
    }
}

/**
 * "KANATA, Ontario, March 4 -", "NITRO, W.Va., March 2 -": past a state or country and its
 * comma, where the date of a dateline stands; else `k` itself.
 */
function regionBeforeDate(tokens: readonly Token[], k: number, lex: Lexicon): number {
  for (let c = k + 1; c < k + MAX_PLACE_WORDS + 2 && tokens[c]; c++) {
    if (tokens[c]?.text !== ',') continue;
    const written = tokens
      .slice(k, c)
      .map((t, i) => (i > 0 && t.start > (tokens[k + i - 1] as Token).end ? ` ${t.text}` : t.text))
      .join('')
      .toLowerCase();
    const place = lex.known.get(written);
    return place?.type === 'Location' ? c + 1 : k;
  }
  return k;
}

/** Marks a mention a company by its form, with `vote` for Organization. */
export function firm(m: Mention, vote: number): void {
  m.firm = true;
  m.votes.Organization += vote;
}

/** A company followed by its stock ticker. */
const TICKER_VOTE = 5;

/** A firm named before the role of a person who speaks for it ("X analyst Y"). */
const EMPLOYER_VOTE = 4;

/** A company's name in angle brackets: as sure as a ticker. */
export const BRACKET_VOTE = 5;

/** A name before a role that serves a person ("Reagan spokesman X"): more than a group's voice. */
const POSSESSOR_VOTE = 3;

/** A group's noun right before a name ("firm X", "militia X"): more than a given name in it. */
const KIND_NOUN_VOTE = 4;
/** Words before a noun that make it a noun: "the firm", "its parent". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'rival']);

/** `before` (the word before a group's noun) shows the noun is one: "the", "brokerage", "Japanese". */
function kindNoun(before: Token | undefined, lex: Lexicon): boolean {
  if (!before?.word) return false;
  if (before.cap) return lex.known.get(before.lower)?.demonym === true;
  return NOUN_OPENERS.has(before.lower) || lex.set('orgNouns').has(before.lower);
}

/** A dateline's place: as sure as a gazetteer. */
const DATELINE_VOTE = 5;
/** Words of a dateline's country or region at most ("United Arab Emirates"). */
const MAX_PLACE_WORDS = 5;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An article among tokens [from, to). */
function articleWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'the' || w === 'a' || w === 'an') return true;
  }
  return false;
}
