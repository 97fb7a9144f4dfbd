import type { Cluster } from '../entities/in-document.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';

/**
 * "challenge the move in the High Court", "a ruling by the Supreme Court":
 * an institution named by its kind (`institutionHeads` in
 * data/lexicon.json: court, ministry, tribunal, commission) is an
 * organisation even where a place's preposition stands before it. A
 * Location entity the gazetteers do not hold, each of whose mentions ends
 * with such a word, at least one of them after "the", becomes an
 * Organization; "Earls Court" or "Hampton Court" (no article) stay places.
 * Runs on the resolved entities.
 */
export function retypeInstitutionPlaces(
  input: { clusters: readonly Cluster[]; sentences: readonly SentenceContext[] },
  lex: Lexicon,
): void {
  const heads = lex.set('institutionHeads');
  for (const c of input.clusters) {
    if (c.type !== 'Location') continue;
    let article = false;
    const kind = c.mentions.every((m) => {
      if (m.fixed || m.country || m.region || m.demonym) return false;
      const k = m.text.lastIndexOf(' ');
      if (k < 0 || !heads.has(m.text.slice(k + 1).toLowerCase())) return false;
      const before = input.sentences[m.sent]?.tokens[m.outer - 1];
      if (before?.lower === 'the') article = true;
      return true;
    });
    if (kind && article) c.type = 'Organization';
  }
}
