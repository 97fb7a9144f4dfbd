import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';

export const DEFAULTS = {
  /** Person votes of a mention at which a cue has named it a person outright ("Mr. X", "X, 43,"). */
  surePerson: 4,
};

/**
 * "Le Monde reported", "Die Welt said", "El Pais quoted": a name whose
 * every mention opens with another language's article (`foreignArticles` in
 * data/lexicon.json) and has one capitalised word after it names a paper or
 * broadcaster, not a person. A Person entity with no title, no sure person
 * cue and no mention of more than two words ("Jean-Marie Le Pen" begins
 * with a given name) becomes an Organization. Runs on the resolved entities.
 */
export function retypeForeignPapers(
  input: { clusters: readonly Cluster[] },
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const opts = { ...DEFAULTS, ...options };
  const articles = lex.set('foreignArticles');
  for (const c of input.clusters) {
    if (c.type !== 'Person' || c.titles.length) continue;
    const paper = c.mentions.every((m) => {
      const words = m.text.split(' ');
      return (
        words.length === 2 &&
        articles.has((words[0] as string).toLowerCase()) &&
        !m.titles.length &&
        m.votes.Person < opts.surePerson
      );
    });
    if (paper) c.type = 'Organization';
  }
}
