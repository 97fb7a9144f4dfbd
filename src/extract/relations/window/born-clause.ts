import { opensClause } from '../../mentions/clause-openers.js';
import type { SentenceContext } from '../../sentence-context.js';
import { WORDS } from '../words.js';
import { type Ctx, emit, typeOf } from './context.js';

/** Marks that end the clause a "Born" opens. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '_', '--', '—', '.']);

/**
 * "Gerald R. Ford (38th President): Born July 14, 1913, in Omaha, Neb.",
 * "Lucille Ball's career: 1911 _ Born Aug. 6 in Jamestown": a "Born" that
 * opens a clause after a colon or a dash (no name: mentions/clause-openers.ts)
 * says where the person named last before it was born, the first place after a
 * birth preposition (data/relation-words.json birthPrepositions) in that
 * clause. The parser reads such a "Born" as a name, so no tree rule can.
 */
export function bornClauses(c: Ctx, sc: SentenceContext): void {
  const { tokens, mentions } = sc;
  for (let k = 1; k < tokens.length; k++) {
    const born = tokens[k];
    if (!born || !WORDS.birthVerbs.has(born.lower) || !born.cap || !opensClause(tokens, k))
      continue;
    const who = mentions.findLast((m) => m.e < k && typeOf(c, m) === 'Person');
    let end = k + 1;
    while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '')) end++;
    const where = mentions.find(
      (m) =>
        m.s > k &&
        m.e <= end &&
        typeOf(c, m) === 'Location' &&
        WORDS.birthPrepositions.has(tokens[m.outer - 1]?.lower ?? ''),
    );
    if (who && where) emit(c, 'LIVES_IN', who, where, sc.index, 0.8);
  }
}
