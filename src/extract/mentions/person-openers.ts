import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/** Passive auxiliaries before a participle in `personPassives`: "Booth was shot". */
const PASSIVE = new Set(['was', 'is', 'had', 'has']);

/** "fatally", "reportedly": an adverb in -ly between the name and its verb. */
function skipAdverb(tokens: readonly Token[], n: number): number {
  return /^\p{Ll}+ly$/u.test(tokens[n]?.text ?? '') ? n + 1 : n;
}

/**
 * "Booth was shot in the back", "Ruby fatally shot Oswald": a lone sentence
 * opener that is a common word too (booth, ruby, king) still names a person
 * when its verb is one done only to people (`personPassives` after "was" or
 * "is": born, shot, assassinated, arrested) or done only by people to a
 * capitalised name (`personActs`: shot, stabbed, murdered). Plurals ("Troops
 * were shot"), group heads ("Police shot Smith") and words written in capitals
 * are left to the opener checks.
 */
export function personOpener(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.lower.endsWith('s')) return false;
  if (
    lex.set('orgHeads').has(t.lower) ||
    lex.set('memberPlurals').has(t.lower) ||
    lex.set('staffNouns').has(t.lower) ||
    lex.set('orgNouns').has(t.lower)
  )
    return false;
  let n = k + 1;
  if (PASSIVE.has(tokens[n]?.lower ?? '')) {
    n++;
    if (tokens[n]?.lower === 'been') n++;
    n = skipAdverb(tokens, n);
    return lex.set('personPassives').has(tokens[n]?.lower ?? '');
  }
  n = skipAdverb(tokens, n);
  const object = tokens[n + 1];
  return (
    (lex.set('personActs').has(tokens[n]?.lower ?? '') &&
      object !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(object.text)) ||
    laterPersonAct(tokens, k, lex)
  );
}

/** How far into its sentence the opener's later deed may be read. */
const CLAUSE_REACH = 25;

/** Words that open another clause, whose subject need not be the opener. */
const CLAUSE_BREAKS = new Set([';', ':', '"', 'who', 'which', 'that', 'when', 'while', 'because']);

/**
 * "Booth sneaked into the box and shot Lincoln", "Booth used a network for his
 * escape after shooting Lincoln": the opener's own clause goes on to a deed
 * done only by people to a capitalised name, after "and" (`personActs`) or as
 * a gerund after "after" or "before" (`personActGerunds`), with no comma,
 * relative word or other clause between. An opener that is a noun of people
 * ("Gunman") is a common word and stays one.
 */
function laterPersonAct(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k] as Token;
  if (lex.set('personNouns').has(t.lower)) return false;
  const acts = lex.set('personActs');
  const gerunds = lex.set('personActGerunds');
  for (let n = k + 2; n < tokens.length && n <= k + CLAUSE_REACH; n++) {
    const w = tokens[n] as Token;
    if (CLAUSE_BREAKS.has(w.lower) || w.text === ',' || w.text === '.') return false;
    const object = tokens[n + 1];
    if (!object || !/^\p{Lu}\p{Ll}/u.test(object.text)) continue;
    const before = tokens[n - 1]?.lower;
    if (acts.has(w.lower) && before === 'and') return true;
    if (gerunds.has(w.lower) && (before === 'after' || before === 'before')) return true;
  }
  return false;
}
