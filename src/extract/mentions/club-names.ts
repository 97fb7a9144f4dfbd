import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { placeAt, textOf } from './analyse-run.js';

/** A club's initials before its town: "PSV", "CSKA". */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * A club named by its town and a club word (`clubWords` in
 * data/lexicon.json): "Leeds United", "Blackburn Rovers", "Real Madrid",
 * "Bayern Munich", "AC Milan", "Dynamo Kiev". The word opens or closes the
 * name and the rest is a town or a state a gazetteer knows ("Texas Rangers"),
 * never a country ("a United Germany"). Such a name is a club wherever it
 * stands, a sports story or not. In a sports report (`sports()`) an acronym
 * before a town names one too ("PSV Eindhoven", "CSKA Moscow", "AEK
 * Athens"), and, in a team sport's story or a sentence with a score (`games()`), so
 * does a word no list knows before a city the gazetteer knows ("Ajax
 * Amsterdam", "Feyenoord Rotterdam"; not a given name or a surname, and not
 * a town of the towns list only: "Kazuo Tanabe scored", "Sevket Kazan
 * said"). Returns the mentions that are clubs.
 */
export function clubNames(
  tokens: Token[],
  ms: readonly Mention[],
  lex: Lexicon,
  sports: () => boolean = () => false,
  games: () => boolean = () => false,
): Mention[] {
  const words = lex.set('clubWords');
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.e - m.s < 2) continue;
    const first = tokens[m.s] as Token;
    const last = tokens[m.e - 1] as Token;
    let rest: string;
    let unknown = false;
    if (words.has(last.lower) && last.cap) rest = textOf(tokens, m.s, m.e - 1);
    else if (
      (words.has(first.lower) && first.cap) ||
      (ACRONYM.test(first.text) && sports()) ||
      (unknownWord(first, lex) && games())
    ) {
      rest = textOf(tokens, m.s + 1, m.e);
      unknown = !words.has(first.lower) && !ACRONYM.test(first.text);
    } else continue;
    const place = placeAt(lex, rest);
    if (!place || place.country) continue;
    // "Kazuo Tanabe scored": after a word no list knows, only a city the gazetteer knows
    // whole, not one of the towns list, which holds many surnames.
    if (unknown && !lex.known.has(rest.toLowerCase())) continue;
    out.push(m);
  }
  return out;
}

/** A capitalised word no dictionary, gazetteer or name list knows: "Ajax", "Feyenoord". */
function unknownWord(t: Token, lex: Lexicon): boolean {
  const w = t.lower;
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
    !lex.dictionary.has(w) &&
    !lex.known.has(w) &&
    !lex.firstNames.has(w) &&
    !lex.lastNames.has(w) &&
    !lex.towns.has(w)
  );
}
