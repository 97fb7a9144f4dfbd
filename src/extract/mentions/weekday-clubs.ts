import { DAY_NAMES } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { club, side } from './city-clubs.js';

const DAYS: ReadonlySet<string> = new Set(DAY_NAMES);
/** A score written as one token: "2-1", "3-0" (as city-clubs.ts reads it). */
const SCORE = /\b\d{1,3}-\d{1,3}\b/;
const GOALS = /^\d{1,2}$/;
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);
/** Prepositions after a club verb that introduce the other side: "drew with X", "lost to X". */
const OPPONENT = new Set(['with', 'to', 'against', 'over', 'by']);

/**
 * "Sheffield Wednesday beat Leeds", "drew with Sheffield Wednesday",
 * "Sheffield Wednesday 2 Leeds 1": in a sports sentence (a score such as
 * "2-1" or a word of `sportsWords`), a town followed by a capitalised
 * weekday that is itself a side of the game (a club verb, a goal count or
 * "v" after it, or a club verb before the town) is one club's name; the
 * weekday is no date there. "Said in Sheffield Wednesday" stays a town and a
 * day. The mention grows over the weekday; city-clubs.ts then types it.
 * Call before the mentions get their written text.
 */
export function joinWeekdayClubs(
  tokens: readonly Token[],
  mentions: Mention[],
  sentence: string,
  lex: Lexicon,
): void {
  if (!mentions.length) return;
  let sports: boolean | undefined;
  const verbs = lex.set('clubVerbs');
  for (const m of mentions) {
    const day = tokens[m.e];
    if (!day?.cap || !DAYS.has(day.lower) || m.country || m.region || m.demonym) continue;
    if (!(m.town || m.fixed === 'Location' || m.votes.Location > 0)) continue;
    if (mentions.some((o) => o !== m && o.s <= m.e && m.e < o.e)) continue;
    const next = tokens[m.e + 1];
    const prev = tokens[m.outer - 1];
    const prev2 = tokens[m.outer - 2];
    const verbAfter = Boolean(next?.word && verbs.has(next.lower));
    const scored = Boolean(next && GOALS.test(next.text) && tokens[m.e + 2]?.cap);
    const verbBefore =
      Boolean(prev?.word && verbs.has(prev.lower)) ||
      Boolean(prev && OPPONENT.has(prev.lower) && prev2?.word && verbs.has(prev2.lower));
    if (!verbAfter && !scored && !verbBefore && !(next && VERSUS.has(next.lower))) continue;
    // A results line is a game of its own; otherwise the sentence must be about sport.
    sports ??= SCORE.test(sentence) || tokens.some((t) => lex.set('sportsWords').has(t.lower));
    if (!sports && !scored) continue;
    m.e += 1;
    m.end = day.end;
    m.name = `${m.name} ${day.text}`;
    club(m);
    // The side it played: the name right after the verb ("beat Leeds", "drew with Leeds"),
    // or right before it ("Leeds drew with Sheffield Wednesday").
    const other = verbAfter
      ? mentions.find(
          (o) =>
            o.outer === m.e + 1 ||
            (o.outer === m.e + 2 && OPPONENT.has(tokens[m.e + 1]?.lower ?? '')),
        )
      : verbBefore
        ? mentions.find((o) => o.e === m.outer - (prev && OPPONENT.has(prev.lower) ? 2 : 1))
        : undefined;
    if (other && side(other) && other.fixed !== 'Organization') club(other);
  }
}

/**
 * Once a story names a club by a town and a weekday, the same two words are
 * the club in its other sentences too ("Sheffield Wednesday are third"),
 * datelines aside. `original` is the document text, for the written form.
 */
export function echoWeekdayClubs(
  sents: readonly { tokens: Token[]; mentions: Mention[] }[],
  original: string,
): void {
  const clubs = new Set<string>();
  for (const { tokens, mentions } of sents)
    for (const m of mentions)
      if (m.fixed === 'Organization' && DAYS.has((tokens[m.e - 1] as Token).lower))
        clubs.add(m.name.toLowerCase());
  if (!clubs.size) return;
  for (const { tokens, mentions } of sents)
    for (const m of mentions) {
      const day = tokens[m.e];
      if (!day?.cap || !clubs.has(`${m.name} ${day.text}`.toLowerCase())) continue;
      if (mentions.some((o) => o !== m && o.s <= m.e && m.e < o.e)) continue;
      m.e += 1;
      m.end = day.end;
      m.name = `${m.name} ${day.text}`;
      m.text = original.slice(m.start, m.end);
      club(m);
    }
}
