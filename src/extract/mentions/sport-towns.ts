import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** A date as the datelines of the wire give it: "LONDON 1996-12-06". */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const POSSESSIVE = new Set(["'", "'s", '’', '’s']);

/**
 * In a team sport's story, a town or a state a gazetteer knows names a
 * club wherever the story does not put it as a place: "Leeds and Bradford
 * had also wanted the player", "his debut against St Helens", "scored twice
 * for New Jersey". A place it stays after a preposition of place
 * (`placePrepositions` in data/lexicon.json: "in Boston", "near Gdansk"),
 * in the dateline ("EAST RUTHERFORD, New Jersey 1996-12-12"), before a
 * comma and the state or country it lies in ("Omaha, Nebraska"), when its
 * last word is a place's head ("Carrow Road", "Stamford Bridge"), and
 * before a possessive that opens a ground's name ("St James' Park").
 * Countries, demonyms and national sides are the caller's to leave out.
 * Returns the mentions that are clubs.
 */
export function sportTowns(
  tokens: readonly Token[],
  ms: readonly Mention[],
  text: string,
  lex: Lexicon,
): Mention[] {
  if (ISO_DATE.test(text)) return [];
  const preps = lex.set('placePrepositions');
  const heads = lex.set('locHeads');
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.country || m.demonym || m.compound || m.acronym) continue;
    if (!(m.town || m.region || m.fixed === 'Location')) continue;
    if (heads.has((tokens[m.e - 1] as Token).lower)) continue;
    // "St James' Park": a town's name that opens a ground's.
    if (POSSESSIVE.has(tokens[m.e]?.text ?? '') && tokens[m.e + 1]?.cap) continue;
    if (preps.has(tokens[m.outer - 1]?.lower ?? '')) continue;
    if (tokens[m.e]?.text === ',' && ms.some((x) => x.outer === m.e + 1 && (x.region || x.country)))
      continue;
    out.push(m);
  }
  return out;
}
