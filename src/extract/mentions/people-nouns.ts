import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/**
 * "a 19-year-old Jew angered by ...", "a Cairo-born Christian Arab", "gangs
 * hunting down Serbs": a capitalised noun of a faith or a people
 * (`peopleNouns` in data/lexicon.json) names no one. A mention typed a person
 * whose every word is such a noun is dropped, so no relation has it as an end;
 * a name with a word that is none ("Christian Dior", "Arab League") stays.
 */
export function withoutPeopleNouns(
  tokens: readonly Token[],
  mentions: Mention[],
  lex: Lexicon,
): Mention[] {
  const nouns = lex.set('peopleNouns');
  return mentions.filter((m) => {
    if (m.fixed && m.fixed !== 'Person') return true;
    if (m.votes.Person <= Math.max(m.votes.Organization, m.votes.Location)) return true;
    let words = 0;
    for (let k = m.s; k < m.e; k++) {
      const t = tokens[k] as Token;
      if (!t.word) continue;
      if (!nouns.has(t.lower)) return true;
      words++;
    }
    return words === 0;
  });
}
