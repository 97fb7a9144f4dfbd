import { DAY_NAMES } from '../calendar.js';
import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Words of time that may follow the verb before the clause ends ("the ministry said Monday."). */
const WHEN: ReadonlySet<string> = new Set([
  'on',
  'today',
  'yesterday',
  'tonight',
  'last',
  ...DAY_NAMES,
]);

/** How many words the subject of a closing "..., the X said" may run to. */
const REACH = 8;

/**
 * "a fire near the town of Marlow, the state Department of Forestry
 * reported": after the comma at `comma`, the words up to the next
 * punctuation end in a verb of reporting (`reportVerbs` of data/lexicon.json).
 * They are a clause that names its source, not an appositive of the name
 * before the comma, so their noun ("Department", "ministry") says nothing of
 * what that name is. "X, a firm that said ..." is no such clause: the verb
 * must close the words before the next punctuation, with no "that", "which"
 * or "who" before it.
 */
export function reportedClauseAfter(
  tokens: readonly Token[],
  comma: number,
  lex: Lexicon,
): boolean {
  const verbs = lex.set('reportVerbs');
  for (let k = comma + 1; k < tokens.length && k <= comma + REACH + 1; k++) {
    const t = tokens[k] as Token;
    if (t.text === '-' || t.text === "'s" || t.text === '’s') continue;
    if (!t.word) return false;
    if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return false;
    if (!verbs.has(t.lower)) continue;
    const next = tokens[k + 1];
    return k > comma + 1 && (!next?.word || WHEN.has(next.lower));
  }
  return false;
}
