import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';

/** Tokens a statement verb and its "it" may have between them: "said on Friday it". */
const MAX_BETWEEN = 3;

/**
 * "Daewoo said it would invest $1 billion", "Renault said on Friday its
 * sales fell": a name right before a statement verb (`firmStatements` in
 * data/lexicon.json) whose words go on, past a time phrase
 * (`statementFillers`: "on Friday", "that", "today"), with "its" or with
 * "it" and a verb or an auxiliary of what a firm does (`firmItVerbs`:
 * "would", "has", "plans"; not "it would be", "it has been", "it was", which anyone says).
 * Read from the words, for sentences whose parse loses the clause ("invest"
 * tagged an adverb). Returns whether the name speaks of itself as "it".
 */
export function saidIt(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  if (!lex.set('firmStatements').has(tokens[m.e]?.lower ?? '')) return false;
  const fillers = lex.set('statementFillers');
  let k = m.e + 1;
  for (let n = 0; n < MAX_BETWEEN && fillers.has(tokens[k]?.lower ?? ''); n++) k++;
  const it = tokens[k]?.lower;
  if (it === 'its') return true;
  if (it !== 'it') return false;
  const verb = tokens[k + 1]?.lower ?? '';
  const then = tokens[k + 2]?.lower;
  return lex.set('firmItVerbs').has(verb) && then !== 'be' && then !== 'been';
}
