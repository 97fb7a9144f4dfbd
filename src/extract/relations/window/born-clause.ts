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
  openingBorn(c, sc);
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

/**
 * "Born in Denver, Tom Harris moved to Chicago", "Born poor in Toledo, Ohio,
 * 52 years ago, Maria Lopez built a chain": a "Born" that opens the sentence
 * says where its subject was born, the first name after a comma that follows
 * the birthplace (the parser reads such a "Born" as a name or an adjective).
 * The birthplace is the first place after a birth preposition before it.
 * With no named subject ("Born in Denver, he moved") nothing is said.
 */
function openingBorn(c: Ctx, sc: SentenceContext): void {
  const { tokens, mentions } = sc;
  const k = tokens.findIndex((t) => !OPENING_MARKS.has(t.text));
  if (k < 0 || !WORDS.birthVerbs.has(tokens[k]?.lower ?? '')) return;
  const where = mentions.find(
    (m) =>
      m.s > k &&
      typeOf(c, m) === 'Location' &&
      WORDS.birthPrepositions.has(tokens[m.outer - 1]?.lower ?? ''),
  );
  if (!where) return;
  // The first name after a comma past the birthplace, if it is a person's.
  const next = mentions
    .filter((m) => m.outer > where.e && tokens[m.outer - 1]?.text === ',')
    .sort((a, b) => a.outer - b.outer)[0];
  if (!next || typeOf(c, next) !== 'Person') return;
  // Nothing but the participle clause before it: no clause end, no subject pronoun
  // ("Born in Denver, he moved to Chicago, Tom Harris said").
  for (let j = k + 1; j < next.outer; j++) {
    const w = tokens[j];
    if (CLAUSE_ENDS.has(w?.text ?? '') || WORDS.subjectPronouns.has(w?.lower ?? '')) return;
  }
  emit(c, 'LIVES_IN', next, where, sc.index, 0.8);
}

/** Marks a sentence may open with before its first word. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '``', '(', '-', '_', '--']);
