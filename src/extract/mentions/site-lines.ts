import type { Lexicon } from '../lexicon.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Location votes for a site named alone on its line with its town: more than a group's head. */
  vote: 5,
};

/** Punctuation that may close a line of a list (";" between items, a stop, a colon). */
const LINE_ENDS = new Set([';', '.', ':']);

/** A name the words of places type: a gazetteer's place, a state, a country or a town. */
function placeName(m: Mention | undefined): boolean {
  if (!m || m.demonym) return false;
  if (m.fixed) return m.fixed === 'Location';
  const { Person: p, Organization: o, Location: l } = m.votes;
  return Boolean(m.region || m.country || m.town) || (l > 0 && l >= p && l >= o);
}

/**
 * "Marlow Reserve Center, Greenfield, Mo.;", "Kettle Creek Depot, Bayfield,
 * R.I.;": a line (or a list's item, up to its semicolon) that is only a name
 * closed by a head of sites or groups, then a town and its state, lists a
 * site by its address: the name is a place, where its head alone ("center",
 * "depot") would have made it a group. A company by its form ("Acme Corp.,
 * Dayton, Ohio") and a name opened by a given name (a roster's "Ann Cole,
 * Dayton, Ohio") stay as they are.
 */
export function siteLines(tokens: readonly Token[], mentions: Mention[], lex: Lexicon): void {
  const opts = DEFAULTS;
  const m = mentions[0];
  if (!m || m.outer !== firstWordIndex(tokens as Token[]) || m.e - m.s < 2) return;
  if (m.fixed || m.firm || m.country || m.region || m.demonym || m.titles.length) return;
  const first = (tokens[m.s] as Token).lower;
  const last = (tokens[m.e - 1] as Token).lower;
  if (lex.firstNames.has(first) || lex.set('companySuffixes').has(last)) return;
  if (!lex.set('orgHeads').has(last) && !lex.set('locHeads').has(last)) return;
  // The town, then at most a state, each after a comma; then the line ends.
  let k = m.e;
  let places = 0;
  for (const x of mentions.slice(1)) {
    if (tokens[k]?.text !== ',' || x.outer !== k + 1 || !placeName(x)) break;
    places++;
    k = x.e;
    if (places === 2) break;
  }
  if (places === 0) return;
  // A semicolon ends the item whatever the list goes on with ("...; and Bayfield, Texas.").
  if (tokens[k]?.text !== ';')
    for (; k < tokens.length; k++) if (!LINE_ENDS.has((tokens[k] as Token).text)) return;
  m.votes.Location += opts.vote;
}
