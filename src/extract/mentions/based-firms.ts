import type { Lexicon } from '../lexicon.js';
import { firstWordIndex, type Token } from '../tokenize.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Organization votes for the subject a seat is given to: a firm's form, as sure as a ticker's. */
  vote: 3,
};

/** The participles that give a group its seat ("based in", "headquartered in"). */
const SEATED = new Set(['based', 'headquartered', 'incorporated']);

/**
 * "Hartwell, based in Fenwick, Ga., makes towels": a name that opens its
 * sentence (or follows "The") and is set off by a comma before "based in",
 * "headquartered in" or "incorporated in" and a capitalised name is a
 * company, however much the tagger hears a surname in it. A person is given
 * a seat too ("Ann Cole, based in Nairobi,"), so a name opened by a given
 * name, a titled name and a country or a state are left alone (a town of the
 * gazetteer is not: a town is not "based in" another place). Marks the
 * name a firm, which keeps the entity tagger and the typing model from
 * making it a person.
 */
export function basedFirms(tokens: readonly Token[], mentions: Mention[], lex: Lexicon): void {
  const opts = DEFAULTS;
  const first = firstWordIndex(tokens as Token[]);
  for (const m of mentions) {
    const before = tokens[m.outer - 1];
    if (m.outer !== first && !(m.outer === first + 1 && before?.text === 'The')) continue;
    if (m.fixed || m.country || m.region || m.demonym || m.titles.length) continue;
    if (lex.firstNames.has((tokens[m.s] as Token).lower)) continue;
    const [comma, seat, prep, place] = [m.e, m.e + 1, m.e + 2, m.e + 3].map((k) => tokens[k]);
    if (comma?.text !== ',' || !SEATED.has(seat?.lower ?? '')) continue;
    if (prep?.lower !== 'in' || !place?.cap) continue;
    m.firm = true;
    m.votes.Organization += opts.vote;
  }
}
