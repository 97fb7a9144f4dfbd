import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { Mention } from '../types.js';

export const DEFAULTS = {
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

/** Two capitalised words joined by a hyphen: "Mercedes-Benz", "Ciba-Geigy". */
const JOINED = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/**
 * "Mercedes-Benz said sales rose", "Ciba-Geigy and Sandoz agreed": two
 * capitalised words joined by a hyphen, never with a given name before them
 * anywhere in the document, name a firm (a merger's or a founders' name),
 * not a person: a person with a double-barrelled surname is introduced by a
 * given name ("Ahmed Ould-Abdallah") or a title. A Person entity whose every
 * mention is such a word, with no title and no cue that names a person
 * outright, and whose second word is no given name ("Jean-Pierre"), becomes
 * an Organization. Places the gazetteer knows ("Bosnia-Herzegovina") are
 * never Person entities to begin with. Runs on the resolved entities.
 */
export function retypeHyphenFirms(
  input: { clusters: readonly Cluster[]; mentions: readonly Mention[] },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  let ends: Set<string> | undefined;
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length) continue;
    // "Minister of State for Energy Alick Buchanan-Smith ... Buchanan-Smith said": the
    // compound closes a longer name of the document.
    ends ??= lastWords(input.mentions);
    if (ends.has(c.mentions[0]?.text ?? '')) continue;
    const joined = c.mentions.every((m) => {
      const parts = JOINED.exec(m.text);
      return (
        parts !== null &&
        !m.titles.length &&
        m.votes.Person < opts.surePerson &&
        !lex.firstNames.has((parts[2] as string).toLowerCase())
      );
    });
    if (joined) c.type = 'Organization';
  }
}

/** The last word of every name of more than one word: "Alick Buchanan-Smith" -> "Buchanan-Smith". */
function lastWords(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const k = m.text.lastIndexOf(' ');
    if (k > 0) out.add(m.text.slice(k + 1));
  }
  return out;
}
