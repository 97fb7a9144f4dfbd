import type { Lexicon } from './lexicon.js';
import {
  analyse,
  applyKnown,
  lookup,
  make,
  POSSESSIVE,
  placeAt,
  type Sets,
  textOf,
} from './mentions/analyse-run.js';
import { personAfterAnd } from './mentions/and-people.js';
import { basedFirms } from './mentions/based-firms.js';
import { opensClause } from './mentions/clause-openers.js';
import { companyRunEnd } from './mentions/company-joins.js';
import { companyOpener, companyStart } from './mentions/company-openers.js';
import { contextVotes } from './mentions/context-votes.js';
import { DEFAULTS as CREDIT_LINE, creditLine, datelineAgency } from './mentions/credit-lines.js';
import { datelineBodyWord } from './mentions/dateline-body.js';
import { firmOfPlaceEnd } from './mentions/firm-of-place.js';
import {
  FOREIGN_GROUP_VOTE,
  foreignGroupOpens,
  foreignParticleEnd,
} from './mentions/foreign-particles.js';
import { givenCommonAt } from './mentions/given-commons.js';
import { groupNounEnd, groupNounVote } from './mentions/group-nouns.js';
import { groupPossessiveEnd } from './mentions/group-possessives.js';
import { syllableAfter } from './mentions/hyphen-syllables.js';
import { keptInName } from './mentions/kept-words.js';
import { knownAfterOpener } from './mentions/known-after-opener.js';
import { caseBreakAt } from './mentions/line-breaks.js';
import { listVotes } from './mentions/list-votes.js';
import { commonOpener, keepsOpener, rareOpener } from './mentions/openers.js';
import { markPlaceLists } from './mentions/place-lists.js';
import { possessivePlaceEnd } from './mentions/possessive-places.js';
import { prepositionJoinEnd } from './mentions/preposition-joins.js';
import { publicationAfter } from './mentions/publication-names.js';
import { siteLines } from './mentions/site-lines.js';
import { skipMask } from './mentions/skip-mask.js';
import { apostropheInside } from './mentions/spaced-apostrophes.js';
import { statedTowns } from './mentions/stated-towns.js';
import { titleSurname } from './mentions/title-surnames.js';
import {
  CONTRACTION,
  DAYS,
  ETHNIC,
  FIRST_PARTICLES,
  JOIN_OF,
  LANGUAGES,
  MONTHS,
  PARTICLES,
  SECOND_PARTICLES,
  TIME_INSIDE,
} from './mentions/words.js';
import { firstWordIndex, type Token } from './tokenize.js';
import type { EntityType, Mention } from './types.js';

export interface MentionOptions {
  /** Lower-case words the document also writes in lower case (so are common words). */
  lowerWords: Pick<ReadonlySet<string>, 'has'>;
  /** Lower-cased words the document capitalises somewhere other than at a sentence start. */
  capWords: Set<string>;
  /** The document's text before truecasing: a table's line breaks (line-breaks.ts). */
  original?: string;
}

/** One sentence being scanned for names, and what the scan looks words up in. */
interface Scan {
  tokens: Token[];
  lex: Lexicon;
  opts: MentionOptions;
  sets: Sets;
  notNames: Set<string>;
  givenMonths: Set<string>;
  /** Tokens no name may use: ticker symbols, bracketed notes, credit lines, URLs (see skipMask). */
  skip: boolean[];
  firstWord: number;
  /** The story's first word after a dateline's dash, or -1 (dateline-body.ts). */
  bodyWord: number;
}

function isNameTok(sc: Scan, k: number): boolean {
  const t = sc.tokens[k];
  if (!t || sc.skip[k] || !t.word || !t.cap) return false;
  // "Jan Nielsen": a month's short form that is a given name before a surname; "Credit Suisse",
  // "Anitec Image Technology Inc" (kept-words.ts).
  if (
    sc.notNames.has(t.lower) &&
    !(sc.givenMonths.has(t.lower) && sc.tokens[k + 1]?.cap) &&
    !keptInName(sc.tokens, k, sc.lex) &&
    // "humorist Will Rogers" (given-commons.ts).
    !givenCommonAt(sc.tokens, k, sc.firstWord, sc.lex)
  )
    return false;
  if (DAYS.has(t.lower)) return false;
  if (MONTHS.has(t.lower) && /^\d/.test(sc.tokens[k + 1]?.text ?? '')) return false;
  // "1987", "A-2", "M-1": numbers, ratings and money supplies are no names.
  if (/\d/.test(t.text)) return false;
  // "You'll", "We'd": a pronoun with a contraction.
  if (CONTRACTION.test(t.text)) return false;
  // Party and state tags: "D-Calif.", "R-S.C.".
  if (/^[DRI]-\p{Lu}/u.test(t.text)) return false;
  return true;
}

function ordinalStart(sc: Scan, k: number): boolean {
  return /^\d+(?:st|nd|rd|th)$/i.test(sc.tokens[k]?.text ?? '') && isNameTok(sc, k + 1);
}

/** Where the run of name words that starts at `i` ends (exclusive). */
function runEnd(sc: Scan, i: number): number {
  const { tokens, lex } = sc;
  const n = tokens.length;
  let j = i + 1;
  let ofJoined = false;
  let forJoined = false;
  for (;;) {
    const t = tokens[j];
    if (!t || sc.skip[j]) break;
    // "USX Corp. Moody's said": a company suffix with its period closes the name.
    // ("S.A. Healy Co.": not a suffix that opens the run.)
    if (
      j - 1 > i &&
      /\.$/.test(tokens[j - 1]?.text ?? '') &&
      sc.sets.companySuffixes.has(tokens[j - 1]?.lower ?? '')
    )
      break;
    // "American League\nCLEVELAND 5": a table's line in capitals starts a name of its own.
    if (isNameTok(sc, j) && !lineCaseBreak(sc, j)) {
      j++;
      continue;
    }
    const prev = tokens[j - 1] as Token;
    // "Malcolm O 'Neill": an apostrophe inside a name, parted from the word before it.
    if (apostropheInside(tokens, i, j)) {
      j += 2;
      continue;
    }
    // "Kim Jae-kyu": a given name's second syllable after a hyphen.
    if (syllableAfter(tokens, i, j, lex)) {
      j += 2;
      continue;
    }
    const foreign = foreignParticleEnd(tokens, i, j, (k) => isNameTok(sc, k), lex);
    if (foreign > j) {
      j = foreign;
      continue;
    }
    if (PARTICLES.has(t.lower) && isNameTok(sc, j + 1)) {
      j += 2;
      continue;
    }
    const second = tokens[j + 1];
    if (
      FIRST_PARTICLES.has(t.text) &&
      second &&
      SECOND_PARTICLES.has(second.text) &&
      isNameTok(sc, j + 2)
    ) {
      j += 3;
      continue;
    }
    // "Dar es Salaam": a lower-case word inside a place the gazetteer knows whole (and that
    // ends the run: "District of Columbia Council" is a body's name, not a place).
    if (
      t.word &&
      !t.cap &&
      isNameTok(sc, j + 1) &&
      !isNameTok(sc, j + 2) &&
      lookup(lex, textOf(tokens, i, j + 2))?.type === 'Location'
    ) {
      j += 2;
      continue;
    }
    if (t.text === '&' && isNameTok(sc, j + 1)) {
      j += 2;
      continue;
    }
    // "Shamrock Holdings of California" (firm-of-place.ts).
    const local = firmOfPlaceEnd(tokens, j, (k) => isNameTok(sc, k), lex);
    if (local > j) {
      j = local;
      break;
    }
    // "Department of Defense", "Centers for Disease Control" (preposition-joins.ts).
    const joined = prepositionJoinEnd(tokens, j, (k) => isNameTok(sc, k), forJoined);
    if (joined > j) {
      forJoined ||= t.lower === 'for';
      j = joined;
      ofJoined = true;
      continue;
    }
    // "National Aeronautics and Space Administration": "and" inside a name its head closes.
    if (t.lower === 'and' && !ofJoined && isNameTok(sc, j + 1)) {
      let k = j + 1;
      while (k < n && k < j + 5 && isNameTok(sc, k)) k++;
      const h = tokens[k - 1]?.lower ?? '';
      if (
        k - j > 2 &&
        (JOIN_OF.has(h) || h === 'corporation' || h === 'company') &&
        !lex.known.has(tokens[j + 1]?.lower ?? '') &&
        // "Iranian Army and Revolutionary Guards Corps": a group's head before "and" closes a
        // name of its own ("Chemical Bank and Trust Company" is one firm).
        !(JOIN_OF.has(prev.lower) && JOIN_OF.has(h)) &&
        // "U.S. Securities and Exchange Commission": a country may lead the name.
        plainRun(tokens, lex.known.get(tokens[i]?.lower ?? '')?.country ? i + 1 : i, j, lex)
      ) {
        j = k;
        continue;
      }
    }
    // "Department of Health and Human Services": "and" inside what "of" began.
    if (
      (t.lower === 'and' || t.text === ',') &&
      ofJoined &&
      isNameTok(sc, j + 1) &&
      !lex.known.has(tokens[j + 1]?.lower ?? '') &&
      // "the Institute of Optics and Wang Yuan at ...": a person beside the body (and-people.ts).
      !personAfterAnd(tokens, j + 1, lex) &&
      (t.lower === 'and' || andAhead(tokens, j + 1))
    ) {
      j += 2;
      continue;
    }
    // "Liberation Day Committee", "Armed Forces Day Council": a time word inside a name its head closes.
    if (t.cap && TIME_INSIDE.has(t.lower)) {
      let k = j + 1;
      while (isNameTok(sc, k)) k++;
      if (k > j + 1 && sc.sets.orgHeads.has(tokens[k - 1]?.lower ?? '')) {
        j = k;
        continue;
      }
      // "the Business Day newspaper": a publication's name.
      if (k === j + 1 && j > i && publicationAfter(tokens, k, lex)) {
        j = k;
        break;
      }
    }
    // "Republican People's Party", "Democratic Governors' Association" (group-possessives.ts).
    const named = groupPossessiveEnd(tokens, i, j, (k) => isNameTok(sc, k), lex);
    if (named > j) {
      j = named;
      continue;
    }
    // "Ford's Theatre": a possessive in the place's own name.
    const place = possessivePlaceEnd(tokens, i, j, lex);
    if (place > j) {
      j = place;
      break;
    }
    const company = companyRunEnd(tokens, i, j, (k) => isNameTok(sc, k), lex);
    if (company > j) {
      j = company;
      if (!isNameTok(sc, j)) break;
      continue;
    }
    break;
  }
  return j;
}

function lineCaseBreak(sc: Scan, j: number): boolean {
  const o = sc.opts.original;
  return o !== undefined && caseBreakAt(sc.tokens, j, o);
}

/** Headlines in capitals: a run is kept only when a gazetteer knows it or a dateline follows. */
function shoutedAway(sc: Scan, i: number, j: number): boolean {
  const { tokens, lex } = sc;
  if (!shouting(tokens, i)) return false;
  const next = tokens[j + 1];
  const dateline =
    (tokens[j]?.text === ',' &&
      next !== undefined &&
      (lex.known.get(next.lower)?.region === true ||
        lex.known.get(next.lower)?.country === true ||
        MONTHS.has(next.lower))) ||
    (tokens[j]?.text === '(' && i === sc.firstWord) ||
    // "Moscow MOSKOVSKIY KOMSOMOLETS": an outlet after the city of a credit line.
    (i > 0 && i <= sc.firstWord + 2 && lookup(lex, tokens[i - 1]?.text ?? '')?.type === 'Location');
  return !lookup(lex, textOf(tokens, i, j)) && !dateline;
}

/** The name's first token in the run [i, j): openers that are common words dropped. */
function nameStart(sc: Scan, i: number, j: number): number {
  const { tokens } = sc;
  let s = i;
  while (
    s < j &&
    (s === sc.firstWord || s === sc.bodyWord || (j - s === 1 && opensClause(tokens, s))) &&
    ((commonOpener(sc, tokens[s]?.lower ?? '', j - s > 1, rareOpener(tokens, s, j)) &&
      !keepsOpener(sc, s, j)) ||
      knownAfterOpener(tokens, s, j, sc.lex))
  )
    s++;
  while (s < j && !isNameTok(sc, s) && !ordinalStart(sc, s) && !companyOpener(tokens, s, j, sc.lex))
    s++;
  return s;
}

/**
 * Wire-service credit lines: "Tokyo Nihon Keizai Shimbun in Japanese" names
 * the city, then the outlet. Pushes both and returns true when it splits.
 */
function splitCreditLine(sc: Scan, s: number, e: number, sent: number, out: Mention[]): boolean {
  const { tokens, lex } = sc;
  const creditLine =
    (tokens[e]?.lower === 'in' && LANGUAGES.has(tokens[e + 1]?.lower ?? '')) ||
    (s === sc.firstWord && wordTokens(tokens) <= 4) ||
    // "Tunis Tunisian Republic Radio Network": a line that is one run of a few words, closed by
    // an outlet's head.
    (s === sc.firstWord &&
      wordTokens(tokens) <= 7 &&
      wordTokens(tokens) === e - s &&
      lex.set('outletHeads').has(tokens[e - 1]?.lower ?? ''));
  if (e - s <= 1 || !creditLine || sc.sets.locHeads.has(tokens[e - 1]?.lower ?? '')) return false;
  // "RIO DE JANEIRO 1996-12-08": a place's whole name is a dateline, no city and outlet.
  if (placeAt(lex, textOf(tokens, s, e))) return false;
  for (let k = Math.min(e - 1, s + 2); k > s; k--) {
    const place = placeAt(lex, textOf(tokens, s, k));
    if (!place) continue;
    const c = make(tokens, s, k, sent);
    applyKnown(c, place);
    // "Guatemala City Teleonce Television": the capital named after its country.
    if (tokens[k]?.lower === 'city' && k + 1 < e) {
      c.e = ++k;
      c.end = (tokens[k - 1] as Token).end;
      c.text = textOf(tokens, s, k);
      c.name = `${place.name} City`;
    }
    out.push(c);
    const o = make(tokens, k, e, sent);
    o.votes.Organization += 4;
    o.basedAt = c;
    out.push(o);
    return true;
  }
  return false;
}

function wordTokens(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.word) n++;
  return n;
}

/** The name in the run [i, j), trimmed and split as the run needs, pushed to `out`. */
function nameOfRun(sc: Scan, i: number, j: number, sent: number, out: Mention[]): void {
  const { tokens, sets } = sc;
  let s = nameStart(sc, i, j);
  let e = j;
  while (e > s && !(tokens[e - 1] as Token).word && !POSSESSIVE.test(tokens[e - 1]?.text ?? ''))
    e--;
  // "the 23rd President": an ordinal starts a name only before a unit or institution head.
  if (
    /^\d/.test(tokens[s]?.text ?? '') &&
    !sets.orgHeads.has(tokens[e - 1]?.lower ?? '') &&
    !sets.locHeads.has(tokens[e - 1]?.lower ?? '')
  )
    s++;
  // A sentence opener in -ing ("Evaluating X") is a verb.
  if (
    s === sc.firstWord &&
    e - s > 1 &&
    /^\p{Lu}\p{Ll}+ing$/u.test(tokens[s]?.text ?? '') &&
    !sc.lex.known.has(tokens[s]?.lower ?? '')
  )
    s++;
  while (e > s && TRAILING.has((tokens[e - 1] as Token).lower)) e--;
  if (
    e - s === 1 &&
    (ETHNIC.has(tokens[s]?.lower ?? '') ||
      (LANGUAGES.has(tokens[s]?.lower ?? '') && tokens[s - 1]?.lower === 'in'))
  )
    s = e;
  if (splitCreditLine(sc, s, e, sent, out)) return;
  if (e > s) analyse(tokens, s, e, sent, sc.lex, out, sets, sc.opts.original);
}

/** Words a name does not end in. */
const TRAILING = new Set(['of', 'for', 'the', '&']);

/**
 * Finds the names in one sentence: runs of capitalised words (with `of`,
 * `&` and name particles inside where a head noun allows them), with
 * titles and country prefixes split off into attributes, gazetteer lookups,
 * compounds like `U.S. military`, and type votes from heads and context.
 * The steps are small functions over one `Scan` rather than closures in one
 * large function: each worker thread compiles them, and V8 re-optimises a
 * small function far more cheaply when a rare branch first runs.
 */
export function findMentions(
  tokens: Token[],
  sent: number,
  lex: Lexicon,
  opts: MentionOptions,
): Mention[] {
  const sets: Sets = {
    companySuffixes: lex.set('companySuffixes'),
    titles: lex.set('titles'),
    titleHeads: lex.set('titleHeads'),
    orgHeads: lex.set('orgHeads'),
    locHeads: lex.set('locHeads'),
    locPrefixes: lex.set('locPrefixes'),
  };
  const sc: Scan = {
    tokens,
    lex,
    opts,
    sets,
    notNames: lex.set('notNames'),
    givenMonths: lex.set('givenMonths'),
    skip: skipMask(tokens),
    firstWord: firstWordIndex(tokens),
    bodyWord: datelineBodyWord(tokens, firstWordIndex(tokens)),
  };
  const out: Mention[] = [];
  const n = tokens.length;
  // "Sofia BTA", "LD0303083794 Moscow ITAR-TASS in English": a place, then the outlet filing from it.
  const credit = creditLine(tokens, sc.firstWord, lex);
  // "Moscow March 5 (ITAR-TASS) --": the agency of a dateline.
  const agency = credit ? undefined : datelineAgency(tokens, sc.firstWord, lex);
  let i = 0;
  while (i < n) {
    if (agency && i === agency.s) {
      const o = make(tokens, agency.s, agency.e, sent);
      o.votes.Organization += CREDIT_LINE.outletVotes;
      // Sure by its place in the line, as a club by its game (city-clubs.ts): no model retypes it.
      o.fixed = 'Organization';
      out.push(o);
      i = agency.e;
      continue;
    }
    if (credit && i === credit.s) {
      const c = make(tokens, credit.s, credit.k, sent);
      applyKnown(c, credit.place);
      out.push(c);
      const o = make(tokens, credit.k, credit.e, sent);
      o.votes.Organization += CREDIT_LINE.outletVotes;
      o.fixed = 'Organization';
      o.basedAt = c;
      out.push(o);
      i = credit.e;
      continue;
    }
    if (!isNameTok(sc, i) && !ordinalStart(sc, i)) {
      i++;
      continue;
    }
    const j = runEnd(sc, i);
    if (shoutedAway(sc, i, j)) {
      i = j;
      continue;
    }
    // "The Hague", "The Bronx": a place whose own name opens with "The" (no name word itself);
    // "The United States" is the United States.
    const the =
      tokens[i - 1]?.text === 'The'
        ? lex.known.get(textOf(tokens, i - 1, j).toLowerCase())
        : undefined;
    if (the?.type === 'Location' && (out[out.length - 1]?.e ?? 0) < i) {
      const m = make(tokens, i - 1, j, sent);
      applyKnown(m, the);
      out.push(m);
      i = j;
      continue;
    }
    const start = companyStart(tokens, i, j, lex);
    if (start < i && start >= (out[out.length - 1]?.e ?? 0)) i = start;
    nameOfRun(sc, i, j, sent, out);
    // A compound such as "Iranian state TV" may reach past the run.
    i = Math.max(j, out[out.length - 1]?.e ?? j);
  }
  for (const m of out) {
    // "Denver-based", "Chad-backed": a name joined to a lower-case word modifies what follows.
    const h = tokens[m.e];
    const w = tokens[m.e + 1];
    if (!m.compound && h?.text === '-' && h.start === tokens[m.e - 1]?.end && w?.word && !w.cap)
      m.compound = w.lower;
    contextVotes(tokens, m, lex);
    if (foreignGroupOpens(tokens, m.s, m.e, lex)) {
      m.votes.Organization += FOREIGN_GROUP_VOTE;
      m.firm = true;
    }
    // "the ANSA news agency", "the Minox company": a group's noun after its name.
    if (groupNounEnd(tokens, m, lex) !== undefined)
      m.votes.Organization += groupNounVote(tokens, m);
  }
  listVotes(tokens, out);
  // "Umbria and Lazio provinces": names before a plural place noun.
  markPlaceLists(tokens, out);
  // "Marlow Reserve Center, Greenfield, Mo.;": a site listed alone on its line with its town.
  siteLines(tokens, out, lex);
  // "the Acme Co. of Warren Lakes, Mich.": a town written with its state.
  statedTowns(tokens, out, lex);
  // "Hartwell, based in Fenwick, Ga., makes towels": a subject given a seat is a company.
  basedFirms(tokens, out, lex);
  // "the 23rd President of the United States": a title with no name is not a person, unless
  // it is a surname too ("the slaying of King", title-surnames.ts).
  return out.filter(
    (m) =>
      m.fixed ||
      !onlyTitles(tokens, m, sets.titleHeads, sets.orgHeads) ||
      titleSurname(tokens, m.s, m.e, lex),
  );
}

/** Words no gazetteer or name list knows: a run that may open a longer name. */
function plainRun(tokens: Token[], s: number, e: number, lex: Lexicon): boolean {
  for (let k = s; k < e; k++) {
    const w = (tokens[k] as Token).lower;
    if (lex.known.has(w) || lex.firstNames.has(w) || lex.lastNames.has(w)) return false;
  }
  return true;
}

/** "State, County and Municipal Employees": a comma in a name only where an "and" ends the list. */
function andAhead(tokens: Token[], k: number): boolean {
  for (let x = k; x < tokens.length && x < k + 8; x++) {
    const t = tokens[x] as Token;
    if (t.lower === 'and') return true;
    if (!(t.word && t.cap) && t.text !== ',') return false;
  }
  return false;
}

/** Every word a title head ("President", "King") and none a group's head ("Navy"): an ordinal may lead. */
function onlyTitles(
  tokens: Token[],
  m: Mention,
  heads: Set<string>,
  orgHeads: Set<string>,
): boolean {
  for (let k = m.s; k < m.e; k++) {
    const w = (tokens[k] as Token).lower;
    if (/^\d+(?:st|nd|rd|th)$/.test(w)) continue;
    if (!heads.has(w) || orgHeads.has(w)) return false;
  }
  return true;
}

/** An all-capitals word next to another one: part of a headline. */
function shouting(tokens: Token[], k: number): boolean {
  const caps = (t: Token | undefined) =>
    Boolean(
      t?.word &&
        t.text.length > 1 &&
        /^[\p{Lu}\d.&'-]+$/u.test(t.text) &&
        /\p{Lu}{2}/u.test(t.text),
    );
  return caps(tokens[k]) && (caps(tokens[k - 1]) || caps(tokens[k + 1]));
}

export type { EntityType };
