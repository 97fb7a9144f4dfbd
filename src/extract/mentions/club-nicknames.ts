import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { placeAt, textOf } from './analyse-run.js';
import { DEFAULTS as CREDIT_LINE, placeOf } from './credit-lines.js';

/** A capitalised plural: "Bulls", "Canadiens", "Panthers" (not "Jones's"). */
const PLURAL = /^\p{Lu}[\p{Ll}]{2,}s$/u;

/**
 * A team named by its town or state and a plural nickname: "Florida
 * Panthers", "Warrington Wolves", "Montreal Canadiens". No person's name is
 * a place's name followed by a plural, so the name is an organisation
 * wherever it stands (a firm named so, "Texas Instruments", is one too).
 * Left out: plurals that close other names (`memberPlurals` in
 * data/lexicon.json: "Iowa Democrats", "Geneva Conventions"), a people
 * ("Bosnian Serbs"), places' own plurals and heads (`placePlurals`,
 * `locHeads`: "Colorado Springs", "Florida Keys"), a place's prefix before
 * the plural ("St James' Park"), a surname that is no word's plural and a
 * given name before it ("Sanford Margoshes"), a line break or an abbreviation between the two
 * ("N.M.\nRothschilds"), a name a gazetteer knows whole, and a country
 * before the plural. Returns the mentions that are teams.
 */
export function nicknameClubs(
  tokens: readonly Token[],
  ms: readonly Mention[],
  lex: Lexicon,
): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.e - m.s < 2 || m.fixed === 'Organization') continue;
    const last = tokens[m.e - 1] as Token;
    const before = tokens[m.e - 2] as Token;
    if (!PLURAL.test(last.text)) continue;
    // "N.M.\nRothschilds", "Ala.\n Terms": a line's end or an abbreviation parts two names.
    if (last.start !== before.end + 1 || before.text.endsWith('.')) continue;
    // "Sanford Margoshes": a given name that is a town's too opens a person's name; a city's
    // of 100,000 people that the towns list leaves out for it stays a town ("Bradford Bulls").
    const city = bigCity(tokens, m, lex);
    if (m.e - m.s === 2 && lex.firstNames.has(before.lower) && !city) continue;
    const plural = last.lower;
    // "Panthers", "Wolves", "Rockets": a word's plural; "Sanford Margoshes" is a person's.
    if (!nounPlural(plural, lex)) continue;
    if (lex.set('memberPlurals').has(plural) || lex.set('placePlurals').has(plural)) continue;
    if (lex.set('locHeads').has(plural)) continue;
    // "Bosnian Serbs", "Iraqi Kurds": a people, not a team.
    if (lex.known.get(last.lower)?.demonym || lex.known.get(last.lower.slice(0, -1))?.demonym)
      continue;
    if (placeAt(lex, textOf(tokens as Token[], m.s, m.e))) continue;
    // "St James", "Fort Myers": a place's prefix, then a name.
    const prefixes = lex.set('locPrefixes');
    if (prefixes.has(before.lower) || prefixes.has(`${before.lower}.`)) continue;
    // The town or state: a gazetteer's place that is no country, or a town of the towns list.
    const town = textOf(tokens as Token[], m.s, m.e - 1);
    const place = placeAt(lex, town);
    if (place ? !place.country : lex.towns.has(town.toLowerCase()) || city) out.push(m);
  }
  return out;
}

/**
 * "Bradford Bulls", "Charlotte Hornets": one word before the plural naming a city of
 * `cityPopulation` people or more (credit-lines.ts), which the towns list leaves out for
 * being a given name too.
 */
function bigCity(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (m.e - m.s !== 2) return false;
  const town = (tokens[m.s] as Token).text;
  const place = placeOf(lex, town, CREDIT_LINE.cityPopulation);
  return place?.type === 'Location' && !place.country;
}

/** A plural of a word the dictionary has: "bulls", "wolves", "canaries". */
function nounPlural(w: string, lex: Lexicon): boolean {
  const d = lex.dictionary;
  return (
    d.has(w.slice(0, -1)) ||
    (w.endsWith('es') && d.has(w.slice(0, -2))) ||
    (w.endsWith('ves') && d.has(`${w.slice(0, -3)}f`)) ||
    (w.endsWith('ies') && d.has(`${w.slice(0, -3)}y`))
  );
}
