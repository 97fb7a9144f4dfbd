import { type Known, knownEntry, type Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention, TypeVotes } from '../types.js';
import { agencyProgramme } from './agency-programmes.js';
import { bareHead } from './bare-heads.js';
import { bracketedFirm } from './bracketed-firm.js';
import { COMMON_HEAD_VOTE, commonHead } from './common-heads.js';
import { companyShape } from './company-shape.js';
import { BRACKET_VOTE, firm } from './context-votes.js';
import { countryInside } from './country-inside.js';
import { demonymCompound } from './demonym-compounds.js';
import { groupNamedForEvent } from './event-named-groups.js';
import { misspeltHead } from './misspelt-heads.js';
import { personAfterTitle } from './person-after-title.js';
import { publicationAfter } from './publication-names.js';
import { slashPartner } from './slash-partners.js';
import { surnameHead } from './surname-heads.js';
import { TITLE_SURNAME_VOTE, titleSurname } from './title-surnames.js';
import { COMPOUND_ORGS, ETHNIC, MIL_CANON, QUALIFIERS, ROMAN } from './words.js';

// One run of name words made into mentions (mentions.ts finds the runs): gazetteer
// lookups, events, "City, State", outlets, titles and a leading country split
// off, then the type a name's own shape gives it.

export const emptyVotes = (): TypeVotes => ({ Person: 0, Organization: 0, Location: 0 });

export const POSSESSIVE = /^['’]s$/;

export interface Sets {
  companySuffixes: Set<string>;
  titles: Set<string>;
  titleHeads: Set<string>;
  orgHeads: Set<string>;
  locHeads: Set<string>;
  locPrefixes: Set<string>;
}

export function textOf(tokens: Token[], s: number, e: number, docText?: string): string {
  const a = tokens[s] as Token;
  const b = tokens[e - 1] as Token;
  if (docText) return docText.slice(a.start, b.end);
  let out = '';
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (k > s && t.start > (tokens[k - 1] as Token).end) out += ' ';
    out += t.text;
  }
  return out;
}

export function lookup(lex: Lexicon, text: string): Known | undefined {
  const lower = text.toLowerCase();
  const k = lex.known.get(lower);
  // A miss is looked up again only without a leading "the" (not twice under the same key).
  if (k !== undefined || !lower.startsWith('the ')) return k;
  return lex.known.get(lower.slice(4));
}

/** A place a gazetteer knows by this name: the curated tables or the towns list. */
export function placeAt(lex: Lexicon, text: string): Known | undefined {
  const k = lookup(lex, text);
  if (k) return k.type === 'Location' ? k : undefined;
  return lex.towns.has(text.toLowerCase()) ? knownEntry('Location', text) : undefined;
}

export function make(tokens: Token[], s: number, e: number, sent: number, outer = s): Mention {
  const a = tokens[s] as Token;
  const b = tokens[e - 1] as Token;
  const text = textOf(tokens, s, e);
  return {
    sent,
    s,
    e,
    outer,
    text,
    start: a.start,
    end: b.end,
    name: text,
    votes: emptyVotes(),
    // Every field present from the start, in one order: all mentions then
    // share one hidden class, and the optimised extractor code stays valid
    // instead of being thrown away and recompiled as rarer fields appear.
    fixed: undefined,
    titles: [],
    title: undefined,
    titleOf: undefined,
    country: undefined,
    region: undefined,
    province: undefined,
    demonym: undefined,
    town: undefined,
    compound: undefined,
    acronym: undefined,
    facilityOf: undefined,
    basedAt: undefined,
    nouns: undefined,
    forms: undefined,
    groupForm: undefined,
    firm: undefined,
    echoed: undefined,
    doubtful: undefined,
    entity: undefined,
  };
}

export function applyKnown(m: Mention, k: Known): void {
  // A word list's guess at a group's form ("Fda" for compromise's "fda") yields to
  // the document's own writing ("FDA"); a curated name keeps its form ("U.S."), and
  // so does a place ("VANCOUVER, March 3" in a dateline is Vancouver).
  if (k.curated || k.type !== 'Organization' || m.name.toLowerCase() !== k.name.toLowerCase())
    m.name = k.name;
  m.fixed = k.type;
  m.votes[k.type] += k.curated ? 10 : 5;
  if (k.country) m.country = true;
  if (k.region) m.region = true;
  if (k.province) m.province = true;
  if (k.demonym) m.demonym = true;
}

/** Where the parts of a name run go: its sentence, the lexicon and the mentions found so far. */
interface RunOut {
  tokens: Token[];
  sent: number;
  lex: Lexicon;
  out: Mention[];
  sets: Sets;
  /** The document's text before truecasing, where a word's own case is read. */
  original?: string;
}

/** The run [s, e) names an event, law or document ("World War II"), not an entity. */
function isEvent(x: RunOut, s: number, e: number): boolean {
  const { tokens, lex } = x;
  const eventHeads = lex.set('eventHeads');
  const last = tokens[e - 1] as Token;
  // "the Business Day newspaper": a publication, not a day.
  if (publicationAfter(tokens, e, lex)) return false;
  // "The World Food Programme said": the agency that runs the programme.
  if (agencyProgramme(tokens, s, e, lex)) return false;
  // "the Party of the Democratic Revolution": a group named for an event (event-named-groups.ts).
  if (groupNamedForEvent(tokens, s, e, lex)) return false;
  if (eventHeads.has(last.lower) && e - s > 1 && !lookup(lex, textOf(tokens, s, e))) return true;
  // "World War II": an event head numbered.
  return e - s > 2 && ROMAN.test(last.text) && eventHeads.has((tokens[e - 2] as Token).lower);
}

/** "Jamestown N.Y.": a city and its state written without the comma. */
function cityState(x: RunOut, s: number, e: number): boolean {
  const { tokens, lex } = x;
  if (e - s <= 1) return false;
  const st = lookup(lex, (tokens[e - 1] as Token).text);
  if (!st?.region || !/\./.test((tokens[e - 1] as Token).text) || lookup(lex, textOf(tokens, s, e)))
    return false;
  analyseRun(x, s, e - 1);
  const m = make(tokens, e - 1, e, x.sent);
  applyKnown(m, st);
  x.out.push(m);
  return true;
}

const allCaps = (t: Token) => /^[A-Z][A-Z&-]{1,}$/.test(t.text);

/** "Moscow ITAR-TASS", "Tokyo MAINICHI SHIMBUN": a known place followed by an all-capitals name. */
function placeOutlet(x: RunOut, s: number, e: number): boolean {
  const { tokens, sets } = x;
  const last = tokens[e - 1] as Token;
  let p = e;
  while (p > s + 1 && allCaps(tokens[p - 1] as Token)) p--;
  if (
    p >= e ||
    // A place in capitals ("U.S. HOUSE SPEAKER WRIGHT CONCERNED"): a headline, not a credit.
    !/\p{Ll}/u.test((tokens[s] as Token).text) ||
    !(e - p > 1 || last.text.length > 2) ||
    (e - p === 1 && last.text.length <= 3 && sets.orgHeads.has(last.lower)) ||
    sets.locHeads.has(last.lower)
  )
    return false;
  const place = placeAt(x.lex, textOf(tokens, s, p));
  if (!place) return false;
  const c = make(tokens, s, p, x.sent);
  applyKnown(c, place);
  x.out.push(c);
  const o = make(tokens, p, e, x.sent);
  o.votes.Organization += 4;
  o.acronym = e - p === 1;
  o.basedAt = c;
  x.out.push(o);
  return true;
}

/**
 * Every word of [s, e) a dictionary word or a title word: the dictionary
 * spells the American way, and "Labour" or "Defence" before "Minister X" is
 * the title's department, as "Labor" is, not a body that owns it.
 */
function commonWords(x: RunOut, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = (x.tokens[k] as Token).lower;
    if (!x.lex.dictionary.has(w) && !x.sets.titles.has(w)) return false;
  }
  return true;
}

/** The ending of an adjective of a place or people: "Crimean", "Maltese", "Kurdish", "Baltic". */
const ADJECTIVAL = /(?:an|ese|ish|ic)$/;

/** Organization votes of the body a title inside a run is of ("State Duma Deputy X"). */
const OWNER_VOTE = 2;

/** A titled person: the name [t, e) after the title [from, t), started at `outer`. */
function titledPerson(x: RunOut, from: number, t: number, e: number, owner?: Mention): void {
  if (roleWordAlone(x, t, e)) return;
  const m = make(x.tokens, t, e, x.sent, from);
  if (owner) m.titleOf = owner;
  m.titles.push(textOf(x.tokens, from, t));
  m.title = textOf(x.tokens, from, t).toLowerCase();
  m.votes.Person += 5;
  typeByShape(x, m);
  x.out.push(m);
}

/**
 * "Deputy General Manager of X", "Chief Inspector", "U.S. Trade Representative": what is left
 * after the title is one more word of a title or a role, not a name.
 */
function roleWordAlone(x: RunOut, t: number, e: number): boolean {
  const w = (x.tokens[t] as Token).lower;
  return e - t === 1 && (x.sets.titles.has(w) || x.lex.set('personNouns').has(w));
}

/** A leading country or demonym: "Iranian President X", "U.S. Defense Secretary X", "Iraqi TV". */
function leadingCountry(x: RunOut, s: number, e: number, headed: boolean): boolean {
  const { tokens, lex, sets } = x;
  const lead = lookup(lex, (tokens[s] as Token).text);
  if (lead?.type !== 'Location' || !lead.country || e - s <= 1) return false;
  const t = headed ? s + 1 : titlePrefix(tokens, s + 1, e, sets);
  if (t > s + 1) {
    const c = make(tokens, s, s + 1, x.sent);
    applyKnown(c, lead);
    x.out.push(c);
    if (roleWordAlone(x, t, e)) return true;
    const m = make(tokens, t, e, x.sent, s);
    m.titles.push(textOf(tokens, s + 1, t));
    m.title = textOf(tokens, s + 1, t).toLowerCase();
    m.titleOf = c;
    m.votes.Person += 5;
    typeByShape(x, m);
    x.out.push(m);
    return true;
  }
  if (!headed) {
    const c = make(tokens, s, s + 1, x.sent);
    applyKnown(c, lead);
    x.out.push(c);
    analyseRun(x, s + 1, e);
    return true;
  }
  const last = (tokens[e - 1] as Token).lower;
  if ((last === 'embassy' || last === 'consulate') && sets.locHeads.has(last) && e - s === 2) {
    const m = make(tokens, s, e, x.sent);
    const country = lex.countries.get(lead.name.toLowerCase());
    m.name = `${country?.modifier ?? lead.name} ${(tokens[e - 1] as Token).text}`;
    m.votes.Location += 6;
    x.out.push(m);
    return true;
  }
  return false;
}

/**
 * A title inside the run: "Microsoft Chairman Bill Gates", "Hamas leader X".
 * The left part may be headed before "of" ("Department of Public Utilities
 * Chairman X") or be an acronym ("FAA Administrator X").
 */
function titleInside(x: RunOut, s: number, e: number, head: string): boolean {
  const { tokens, lex, sets, out } = x;
  const last = (tokens[e - 1] as Token).lower;
  for (let h = s + 1; h < e - 1; h++) {
    if (!sets.titleHeads.has((tokens[h] as Token).lower)) continue;
    // "Federal Reserve Board Vice Chairman X": the title's modifiers belong to it.
    let k = h;
    while (
      k - 1 > s &&
      sets.titles.has((tokens[k - 1] as Token).lower) &&
      !sets.orgHeads.has((tokens[k - 1] as Token).lower)
    )
      k--;
    const leftLast = (tokens[k - 1] as Token).lower;
    // Not after common words alone ("U.S. Bankruptcy Judge X", "Marine Lt. X"): a title's qualifier.
    // Nor after one adjective of a place ("Crimean Deputy X"): the tagger cuts that (tagged-names.ts).
    const person =
      !commonWords(x, s, k) &&
      !(k - s === 1 && ADJECTIVAL.test((tokens[s] as Token).text)) &&
      personAfterTitle(tokens, titlePrefix(tokens, k, e, sets), e, lex, sets);
    if (
      !person &&
      !lookup(lex, textOf(tokens, s, k)) &&
      !sets.orgHeads.has(leftLast) &&
      !sets.locHeads.has(leftLast) &&
      !(k === s + 1 && /^[A-Z]{2,6}$/.test((tokens[s] as Token).text)) &&
      !(head !== last && sets.orgHeads.has(head) && k > s + 2)
    )
      continue;
    const t = titlePrefix(tokens, k, e, sets);
    if (t <= k) continue;
    const before = out.length;
    analyseRun(x, s, k);
    const owner = out.length > before ? out[out.length - 1] : undefined;
    // "State Duma Deputy X": what a title is of, when no place, is a body.
    if (person && owner && !owner.fixed && owner.votes.Location <= 0)
      owner.votes.Organization += OWNER_VOTE;
    titledPerson(x, k, t, e, owner);
    return true;
  }
  return false;
}

/** "General John X": a title word, then a given name; the name starts at the given name. */
function titledFirstName(x: RunOut, s: number, e: number): boolean {
  const { tokens, lex, sets } = x;
  if (
    e - s < 3 ||
    !sets.titles.has((tokens[s] as Token).lower) ||
    !lex.firstNames.has((tokens[s + 1] as Token).lower) ||
    lookup(lex, textOf(tokens, s, e))
  )
    return false;
  const m = make(tokens, s + 1, e, x.sent, s);
  m.titles.push((tokens[s] as Token).text);
  m.votes.Person += 3;
  typeByShape(x, m);
  x.out.push(m);
  return true;
}

/** A title before the name: "Deputy U.S. Ambassador X" (the country inside is what the title is of). */
function titled(x: RunOut, s: number, e: number): boolean {
  const { tokens, lex } = x;
  const t = titlePrefix(tokens, s, e, x.sets);
  if (t <= s) return false;
  let owner: Mention | undefined;
  for (let k = s + 1; k < t - 1; k++) {
    const place = lookup(lex, (tokens[k] as Token).text);
    if (place?.type === 'Location' && place.country) {
      owner = make(tokens, k, k + 1, x.sent);
      applyKnown(owner, place);
      x.out.push(owner);
      break;
    }
  }
  titledPerson(x, s, t, e, owner);
  return true;
}

/**
 * One run of name words [s, e): a gazetteer name as a whole, or split into
 * its parts (a place and an outlet, a country and a titled person, an owner
 * and a title), each pushed to `out`.
 */
export function analyse(
  tokens: Token[],
  s: number,
  e: number,
  sent: number,
  lex: Lexicon,
  out: Mention[],
  sets: Sets,
  original?: string,
): void {
  analyseRun({ tokens, sent, lex, out, sets, original }, s, e);
}

function analyseRun(x: RunOut, s: number, e: number): void {
  const { tokens, lex, sets } = x;
  if (e - s === 1 && ETHNIC.has((tokens[s] as Token).lower)) return;
  // "the slaying of King": a title word alone that is a surname too (title-surnames.ts).
  if (titleSurname(tokens, s, e, lex)) {
    const m = make(tokens, s, e, x.sent);
    m.votes.Person += TITLE_SURNAME_VOTE;
    x.out.push(m);
    return;
  }
  if (isEvent(x, s, e) || cityState(x, s, e)) return;
  const known = lookup(lex, textOf(tokens, s, e));
  if (!known?.curated && bareHead(tokens, s, e, lex)) return;
  // "Former Philippines first lady X": a qualifier of a title is not part of a name.
  if (!known && e - s > 1 && QUALIFIERS.has((tokens[s] as Token).lower)) {
    analyseRun(x, s + 1, e);
    return;
  }
  if (known) {
    const m = make(tokens, s, e, x.sent);
    applyKnown(m, known);
    finishCountry(tokens, m, lex, x.out);
    return;
  }
  const last = (tokens[e - 1] as Token).lower;
  // The head is the last word, or the word before "of" ("American University of Beirut"), "for"
  // or "on" ("Argentine Center for Economic Studies").
  let head = last;
  for (let k = s + 1; k < e - 1; k++)
    if (HEAD_BEFORE.has((tokens[k] as Token).lower)) {
      head = (tokens[k - 1] as Token).lower;
      break;
    }
  // "Lt. Col. Oliver North": after a title, a given name makes the last word a surname, not a head.
  const t = titlePrefix(tokens, s, e, sets);
  const titledName = t > s && t < e - 1 && lex.firstNames.has((tokens[t] as Token).lower);
  const lastHeaded = !titledName && (sets.orgHeads.has(last) || sets.locHeads.has(last));
  const headed = lastHeaded || (head !== last && sets.orgHeads.has(head));
  // "Cuban-American Carlos Perez": the compound of demonyms describes the person (demonym-compounds.ts).
  if (!headed && demonymCompound(tokens, s, e, lex)) {
    analyseRun(x, s + 1, e);
    return;
  }
  if (placeOutlet(x, s, e) || leadingCountry(x, s, e, headed)) return;
  if (!lastHeaded && titleInside(x, s, e, head)) return;
  if (!headed && (titledFirstName(x, s, e) || titled(x, s, e))) return;
  const m = make(tokens, s, e, x.sent);
  typeByShape(x, m);
  x.out.push(m);
}

/** Prepositions a name's head stands before. */
const HEAD_BEFORE = new Set(['of', 'for', 'on']);

/** COMPOUND_ORGS with their words, split once. */
const COMPOUND_ORG_WORDS = COMPOUND_ORGS.map((noun) => [noun, noun.split(' ')] as const);

/** A country mention followed by a lower-case institution noun: "U.S. military", "Iraqi government". */
function finishCountry(tokens: Token[], m: Mention, lex: Lexicon, out: Mention[]): void {
  if (!m.country) {
    out.push(m);
    return;
  }
  const next = tokens[m.e];
  if (
    next &&
    next.text === '-' &&
    tokens[m.e + 1]?.word &&
    next.start === (tokens[m.e - 1] as Token).end
  ) {
    m.compound = (tokens[m.e + 1] as Token).lower;
    out.push(m);
    return;
  }
  for (const [noun, words] of COMPOUND_ORG_WORDS) {
    if (words.every((w, k) => tokens[m.e + k]?.lower === w)) {
      const e = m.e + words.length;
      const after = tokens[e]?.lower ?? '';
      // "Iraqi police officer": the noun modifies another noun.
      if (lex.set('personNouns').has(after) || lex.set('orgNouns').has(after)) break;
      const country = lex.countries.get(m.name.toLowerCase());
      const mod = country?.modifier ?? m.name;
      const o = make(tokens, m.s, e, m.sent);
      if (noun === 'embassy') {
        o.name = `${mod} Embassy`;
        o.votes.Location += 6;
      } else {
        const canon = MIL_CANON.has(noun)
          ? 'military'
          : noun === 'state tv' || noun === 'state media'
            ? 'state television'
            : noun;
        o.name = `${mod} ${canon}`;
        o.votes.Organization += 6;
      }
      out.push(o);
      return;
    }
  }
  out.push(m);
}

/** End of a leading title phrase ("Supreme Leader Ayatollah", "Secretary of State"), or `s`. */
function titlePrefix(tokens: Token[], s: number, e: number, sets: Sets): number {
  let k = s;
  let headSeen = false;
  let end = s;
  while (k < e - 1) {
    const t = tokens[k] as Token;
    if (sets.titles.has(t.lower)) {
      if (sets.titleHeads.has(t.lower)) headSeen = true;
      k++;
      if (headSeen) end = k;
      continue;
    }
    if (t.lower === 'of' && headSeen && sets.titles.has((tokens[k + 1] as Token).lower)) {
      k += 2;
      end = k;
      continue;
    }
    if (t.text === '-' || t.lower === '-') {
      k++;
      continue;
    }
    break;
  }
  return headSeen ? end : s;
}

function typeByShape(x: RunOut, m: Mention): void {
  const { tokens, lex, sets } = x;
  const k = lookup(lex, m.text);
  if (k) {
    applyKnown(m, k);
    return;
  }
  const first = (tokens[m.s] as Token).lower;
  let last = (tokens[m.e - 1] as Token).lower;
  const len = m.e - m.s;
  // A town of the gazetteer: a place unless it is also a given name, a surname or a word.
  if (lex.towns.has(m.text.toLowerCase())) {
    m.town = true;
    if (!lex.firstNames.has(first)) m.votes.Location += 2;
  }
  for (let k = m.s + 1; k < m.e - 1; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'of' || w === 'for' || w === 'on') {
      const head = (tokens[k - 1] as Token).lower;
      if (sets.orgHeads.has(head) || sets.locHeads.has(head)) last = head;
      // "Volkswagen of America" (firm-of-place.ts): a group a word list knows, then its place.
      else if (k === m.s + 1 && lex.known.get(head)?.type === 'Organization') firm(m, 4);
      break;
    }
  }
  // "Marlow Univresity": a head mistyped by one letter is still the head (misspelt-heads.ts).
  if (len > 1 && !sets.locHeads.has(last)) last = misspeltHead(last, sets.orgHeads, lex) ?? last;
  if (sets.orgHeads.has(last)) m.votes.Organization += len > 1 ? 4 : 2;
  else if (sets.locHeads.has(last) && len > 1 && !surnameHead(tokens, m.s, m.e, lex))
    m.votes.Location += 4;
  else if (sets.locPrefixes.has(first) && len > 1 && !lex.firstNames.has(first))
    m.votes.Location += 2;
  if (len > 1 && lex.firstNames.has(first)) m.votes.Person += 3;
  if (len === 1 && lex.firstNames.has(first)) m.votes.Person += 1;
  if (len === 1 && lex.lastNames.has(first)) m.votes.Person += 1;
  // "Moody's", "Standard and Poor's": a name closed by a possessive that owns nothing is a firm's.
  if (len > 1 && POSSESSIVE.test((tokens[m.e - 1] as Token).text)) firm(m, 4);
  if (len === 1 && companyShape(m.text, lex)) firm(m, 2);
  if (len > 1 && sets.companySuffixes.has(last)) {
    m.firm = true;
    // "Harris Associates L.P.": a suffix no head-noun list holds still types the name.
    if (m.votes.Organization === 0) m.votes.Organization += 2;
  }
  if (bracketedFirm(tokens, m.s, m.e)) firm(m, BRACKET_VOTE);
  if (m.votes.Location === 0 && countryInside(tokens, m.s, m.e, lex)) firm(m, 2);
  if (m.votes.Location === 0 && slashPartner(tokens, m.s, m.e)) firm(m, 2);
  // "S and P", "Smith and Wesson": partners joined by "and" are a firm, not a person.
  for (let k = m.s + 1; k < m.e - 1; k++)
    if ((tokens[k] as Token).lower === 'and' || (tokens[k] as Token).text === '&') {
      firm(m, 2);
      break;
    }
  if (/^[A-Z](?:[A-Z&-]{0,10}[A-Z])s?$/.test(m.text) && len === 1) {
    m.acronym = true;
    m.votes.Organization += 2;
  }
  // "Eaglebrook Plastics": a common noun closing an untyped name is a group's head (common-heads.ts).
  if (commonHead(tokens, m, lex, x.original)) m.votes.Organization += COMMON_HEAD_VOTE;
  else if (len > 1 && len < 5 && m.votes.Organization === 0 && m.votes.Location === 0)
    m.votes.Person += 0.5;
  if (
    len === 1 &&
    !m.acronym &&
    m.votes.Organization === 0 &&
    m.votes.Location === 0 &&
    !lex.dictionary.has(first) &&
    !/(?:s|ese|ish|ian|ic)$/.test(first)
  )
    m.votes.Person += 0.3;
}
