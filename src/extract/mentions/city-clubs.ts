import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { SentenceSyntax } from '../syntax/index.js';
import { spanHead } from '../syntax/tree.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { bracketedSides } from './bracketed-sides.js';
import { clubNames } from './club-names.js';
import { nicknameClubs } from './club-nicknames.js';
import { clubRoleNames } from './club-roles.js';
import { gameNounSides } from './game-nouns.js';
import { scheduleSides } from './schedule-lines.js';
import { scorerNames } from './scorers.js';
import { sideScores } from './side-scores.js';
import { headlineSides, teamSportDash } from './sport-headlines.js';
import { sportTowns } from './sport-towns.js';
import { standingsRowNames } from './standings-rows.js';
import { transferSides } from './transfer-sides.js';

/** Goals or points in a results line: "Leeds 2 Arsenal 1", "Chicago 101 Boston 98". */
const GOALS = /^\d{1,3}$/;
/** A score written as one token: "2-1", "3-0". */
const SCORE = /\b\d{1,3}-\d{1,3}\b/;
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);
/** Prepositions that introduce the other side after a club verb: "drew with X", "lost to X". */
const OPPONENT = new Set(['with', 'to', 'against', 'over', 'by']);
/** Relations of a name to a club verb that make it a side of the game. */
/** Between a club verb and the other side: nothing, or the preposition that introduces it. */
const AFTER_VERB =
  /^\s+(?:(?:\d{1,3}-\d{1,3}\s+)?(?:at home\s+)?(?:with|to|against|over|by)\s+(?:the\s+)?|\d{1,3}-\d{1,3}\s+at\s+)?$/;
const SIDES = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'obl:agent']);

/**
 * Clubs and teams named after their cities: "Leeds 2 Arsenal 1", "Leeds v
 * Arsenal", and, in a sports report (a score such as "2-1" or a word of
 * `sportsWords` in data/lexicon.json), a town that is the subject or object
 * of a verb of `clubVerbs` ("Leeds beat Arsenal", "Tottenham drew with
 * Leeds", "Everton lost to Chelsea") is an organisation, not a place.
 * Countries, states and demonyms stay places (national sides are named as
 * their country). Runs on each sentence's mentions before typing; parses
 * only sports sentences with a club verb and a town in them.
 */
export function markCityClubs(sents: readonly SentenceContext[], lex: Lexicon): void {
  const nations = lex.set('nationalSides');
  // "SOCCER - LEEDS HOLD CHELSEA": every sentence of a team sport's story is a sports report.
  const dash = teamSportDash(sents, lex);
  const clubVerbs = dash >= 0 ? teamVerbs(lex) : lex.set('clubVerbs');
  const players = dash >= 0 ? playerSurnames(sents, lex) : undefined;
  // A club a team sport's story may name: a town, a state, or a name no list knows ("Juventus").
  const maySide = (m: Mention): boolean => {
    const w = m.name.toLowerCase();
    // "Georgia": a state's name that is a country's too is read as the national side.
    if (!scoredSide(m) || nations.has(w) || lex.countries.has(w)) return false;
    if (players?.has(w)) return false;
    return town(m) || Boolean(m.region) || (players !== undefined && unknownName(m, lex));
  };
  for (const m of headlineSides(sents, dash, maySide)) club(m);
  for (const sc of sents) {
    if (!sc.mentions.length) continue;
    const ms = sc.mentions.filter(
      (m) => !nations.has(m.name.toLowerCase()) && !dateline(sc.tokens, m),
    );
    const sports = () => dash >= 0 || sportsReport(sc, lex);
    // "Leeds United", "Real Madrid": a town's name with a club word.
    const games = () => dash >= 0 || SCORE.test(sc.text);
    for (const m of clubNames(sc.tokens, ms, lex, sports, games)) club(m);
    // "Bradford Bulls", "Florida Panthers": a town and a plural nickname.
    for (const m of nicknameClubs(sc.tokens, ms, lex)) club(m);
    scoreLines(sc.tokens, ms);
    // "Arsenal 17 9 5 3 32 16 32": a standings row's name is its club.
    const lineStart = (k: number) =>
      LINE_START.test(sc.text.slice(0, (sc.tokens[k] as Token).start - sc.start));
    for (const m of standingsRowNames(sc.tokens, ms, firstWordIndex(sc.tokens), lex, lineStart))
      club(m);
    if (sports()) {
      // "Leeds manager X", "a 3-1 win over Hamburg".
      for (const m of clubRoleNames(sc.tokens, ms, lex, dash >= 0)) if (maySide(m)) club(m);
      for (const m of gameNounSides(sc.tokens, ms, lex)) if (maySide(m)) club(m);
    }
    // "Hamburg 1 (Spoerl 70)": scorers and their minutes are people.
    for (const m of scorerNames(sc.tokens, ms)) {
      m.fixed = 'Person';
      m.votes.Person += CLUB_VOTE;
    }
    // "Glamorgan 259 and 207", "Kent 108-3": a side and its score, in a team sport's story.
    // "Alan Shearer (Newcastle)", "joined Genoa", "signed X from Brondby".
    if (players)
      for (const m of [
        ...sideScores(sc.tokens, ms),
        ...bracketedSides(sc.tokens, sc.mentions),
        ...transferSides(sc.tokens, ms, lex),
        // "NEW YORK AT BOSTON": a schedule's line.
        ...scheduleSides(sc.tokens, ms, sc.text, sc.start),
        // "Leeds and Bradford had also wanted him": a town in a team sport's story, not placed.
        ...sportTowns(sc.tokens, ms, sc.text, lex),
      ])
        if (maySide(m)) club(m);
    if (!sc.tokens.some((t) => clubVerbs.has(t.lower))) continue;
    // A club already known ("Bayern Munich lost 1-0 at Bochum") shows its game's other side too.
    const known = (m: Mention) => m.fixed === 'Organization' && m.votes.Organization >= CLUB_VOTE;
    const towns = ms.filter((m) => (players ? maySide(m) : town(m)) || known(m));
    if (towns.length && sports()) clubSides(sc, towns, ms, clubVerbs, dash >= 0 ? maySide : side);
  }
  // "LEEDS BEAT ARSENAL ... Leeds beat Arsenal 2-0": a club in one sentence is one in all (but a dateline).
  const clubs = new Set<string>();
  for (const sc of sents)
    for (const m of sc.mentions)
      if (m.fixed === 'Organization' && m.votes.Organization >= CLUB_VOTE)
        clubs.add(m.name.toLowerCase());
  if (!clubs.size) return;
  for (const sc of sents)
    for (const m of sc.mentions)
      if (m.fixed !== 'Organization' && clubs.has(m.name.toLowerCase()) && !dateline(sc.tokens, m))
        club(m);
}

/** "LONDON 1996-12-06", "LEEDS, England, Dec 6": the place a story is filed from. */
function dateline(tokens: Token[], m: Mention): boolean {
  // "EAST RUTHERFORD, New Jersey 1996-12-12": every place of a line that ends in its date.
  if (datedLine(tokens, m)) return true;
  if (m.outer !== firstWordIndex(tokens)) return false;
  const next = tokens[m.e];
  const after = tokens[m.e + 1];
  return ISO_DATE.test(next?.text ?? '') || (next?.text === ',' && Boolean(after?.cap));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A mention in a line of names and commas that an ISO date closes, such as a dateline's. */
function datedLine(tokens: Token[], m: Mention): boolean {
  const date = tokens.findIndex((t) => ISO_DATE.test(t.text));
  if (date < m.e) return false;
  for (let k = firstWordIndex(tokens); k < date; k++) {
    const t = tokens[k] as Token;
    if (t.word && !t.cap && t.text !== ',') return false;
  }
  return true;
}

const teamVerbSets = new WeakMap<Lexicon, Set<string>>();

/** Verbs of a game in a team sport's story: `clubVerbs` and `teamVerbs` ("travel to", "host"). */
function teamVerbs(lex: Lexicon): Set<string> {
  let s = teamVerbSets.get(lex);
  if (!s) teamVerbSets.set(lex, (s = new Set([...lex.set('clubVerbs'), ...lex.set('teamVerbs')])));
  return s;
}

/** The end of a line before a token: a table's row starts there. */
const LINE_START = /\n[ \t]*$/;

/** Last words of the people a story names in full ("Gordie Lamont"): players, not clubs, alone. */
function playerSurnames(sents: readonly SentenceContext[], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const sc of sents)
    for (const m of sc.mentions)
      if (
        m.e - m.s > 1 &&
        !m.fixed &&
        (lex.firstNames.has((sc.tokens[m.s] as Token).lower) || m.votes.Person >= PLAYER_VOTE)
      )
        out.add((sc.tokens[m.e - 1] as Token).lower);
  return out;
}

/**
 * A one-word name no list types ("Juventus", "Schalke"), or only as a given
 * name ("Chelsea"): in a team sport's story, a side of a game may be one.
 */
function unknownName(m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s !== 1 || m.fixed || m.acronym) return false;
  const { Person, Organization, Location } = m.votes;
  const w = m.name.toLowerCase();
  // "Halftime 2-0": a word of the game's own, no side.
  if (lex.set('sportsWords').has(w)) return false;
  const given = lex.firstNames.has(w);
  return (
    Math.max(Organization, Location) < UNKNOWN_VOTE &&
    Person < (given ? GIVEN_NAME_VOTE : UNKNOWN_VOTE)
  );
}

/** Person votes of a name in full that make it a player's without a known given name. */
const PLAYER_VOTE = 3;
/** Votes below which a name counts as one no list or shape has typed. */
const UNKNOWN_VOTE = 1;
/** Person votes a given name alone has at most ("Chelsea"): no surname or title with it. */
const GIVEN_NAME_VOTE = 2;

/** A place by name that a club may share: not a country, state or demonym. */
function town(m: Mention): boolean {
  if (m.country || m.region || m.demonym || m.compound) return false;
  return m.fixed === 'Location' || Boolean(m.town) || m.votes.Location > 0;
}

/** A name a results line may hold: anything but a country, a state or a demonym. */
export function side(m: Mention): boolean {
  return !m.country && !m.region && !m.demonym;
}

/** Makes a mention a club, surer than a gazetteer's place. */
export function club(m: Mention): void {
  m.fixed = 'Organization';
  m.votes.Location = 0;
  m.votes.Person = 0;
  m.votes.Organization += CLUB_VOTE;
}

/**
 * "Leeds 2 Arsenal 1", "Leeds v Arsenal": two sides of a game, side by side;
 * also with the scorers in brackets after a side's goals ("Chelsea 2 (Zola
 * 34) Everton 1"), with points ("Chicago 101 Boston 98") and with a state's
 * name for a side ("NEW YORK 5 Seattle 3", "Boston 4 MINNESOTA 2"): a state
 * in a results line is its team, where a country stays its national side.
 */
function scoreLines(tokens: readonly Token[], ms: readonly Mention[]): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Mention;
    const between = tokens[a.e];
    if (!between || !scoredSide(a)) continue;
    if (GOALS.test(between.text)) {
      const k = afterScorers(tokens, a.e + 1);
      const b = ms.find((x) => x.outer === k);
      if (b && scoredSide(b) && GOALS.test(tokens[b.e]?.text ?? '')) {
        club(a);
        club(b);
      }
      continue;
    }
    const b = ms[i + 1] as Mention;
    if (VERSUS.has(between.lower) && b.outer === a.e + 1 && town(a) && town(b)) {
      club(a);
      club(b);
    }
  }
}

/** The token after the bracketed scorers that follow a side's goals ("2 (Zola 34, Vialli 60)"), or `k`. */
function afterScorers(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j < k + MAX_SCORERS; j++)
    if (tokens[j]?.text === ')') return j + 1;
  return k;
}

/** Tokens the scorers of one side may take in brackets. */
const MAX_SCORERS = 40;

/** A name a results line may hold as a side: a town, a club or a state's team, not a country. */
function scoredSide(m: Mention): boolean {
  return !m.country && !m.demonym;
}

function sportsReport(sc: SentenceContext, lex: Lexicon): boolean {
  return SCORE.test(sc.text) || sc.tokens.some((t) => lex.set('sportsWords').has(t.lower));
}

/** "Leeds beat Arsenal", "drew with Leeds": a town as a side of a club verb, and the side it played. */
function clubSides(
  sc: SentenceContext,
  towns: readonly Mention[],
  all: readonly Mention[],
  clubVerbs: ReadonlySet<string>,
  other: (m: Mention) => boolean,
): void {
  const s = sc.syntax;
  for (const m of towns) {
    const h = spanHead(s, m.start, m.end);
    const v = clubVerbOf(sc, m, h, clubVerbs);
    const verb = s.tokens[v];
    if (!verb) continue;
    club(m);
    // "Leeds beat Arsenal 2-0", however the parser hangs Arsenal: the name right after the verb.
    const next = all.find(
      (x) =>
        x.start >= verb.end &&
        AFTER_VERB.test(sc.text.slice(verb.end - sc.start, x.start - sc.start)),
    );
    if (next && other(next) && next.fixed !== 'Organization') club(next);
    s.tokens.forEach((o, k) => {
      if (o.head !== v || k === h || !sideOf(s, k)) return;
      const side = all.find((x) => x.start <= o.start && o.end <= x.end);
      if (side && other(side) && side.fixed !== 'Organization') club(side);
    });
  }
}

/**
 * The club verb the town (its head `h`) is a side of: its head in the tree,
 * else a verb right after it ("Leeds beat Arsenal", however the parser hangs
 * Leeds: after a dateline run into the sentence it may hang it on the date).
 * -1 for none.
 */
function clubVerbOf(
  sc: SentenceContext,
  m: Mention,
  h: number,
  clubVerbs: ReadonlySet<string>,
): number {
  const s = sc.syntax;
  const v = s.tokens[h]?.head ?? -1;
  const verb = s.tokens[v];
  if (verb && sideOf(s, h) && clubVerbs.has(verb.text.toLowerCase())) return v;
  const k = s.tokens.findIndex((t) => t.start >= m.end);
  const next = s.tokens[k];
  // "Wimbledon travel to Sunderland", "as Chicago beat Utah": the parser may take the verb
  // for a noun or a preposition; a word of the list right after the name is read as the verb.
  if (!next || !clubVerbs.has(next.text.toLowerCase())) return -1;
  return /^\s+$/.test(sc.text.slice(m.end - sc.start, next.start - sc.start)) ? k : -1;
}

/** Token `k` is a side of its verb: subject, object, or "with", "to", "against" the other side. */
function sideOf(s: SentenceSyntax, k: number): boolean {
  const t = s.tokens[k];
  if (!t || !SIDES.has(t.deprel)) return false;
  // "beaten 2-0 by Nottingham Forest": an agent is a side as an oblique is.
  if (t.deprel !== 'obl' && t.deprel !== 'obl:agent') return true;
  return s.tokens.some(
    (c) => c.head === k && c.deprel === 'case' && OPPONENT.has(c.text.toLowerCase()),
  );
}

/** A club by its game: surer than a gazetteer's place. */
const CLUB_VOTE = 10;
