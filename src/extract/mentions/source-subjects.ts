import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import { spanHead } from '../syntax/tree.js';
import type { Mention } from '../types.js';
import { type DEFAULTS, type LoneFirmInput, retypeLoneFirms } from './lone-firms.js';

/**
 * "Kyodo said", "Euroclear reported", "Amtorg announced": a lone one-word
 * name (`retypeLoneFirms` says which) is an Organization when one of its
 * mentions is the subject (`nsubj`) of a statement (`firmStatements`: said,
 * reported, announced).
 */
export function retypeSourceSubjects(
  input: LoneFirmInput,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  retypeLoneFirms(
    input,
    lex,
    (c) => c.mentions.some((m) => speaks(input.sentences[m.sent], m, lex)),
    options,
  );
}

/** The mention is the subject of a statement verb in its sentence's tree. */
function speaks(sc: SentenceContext | undefined, m: Mention, lex: Lexicon): boolean {
  if (!sc?.tokens.some((t) => lex.set('firmStatements').has(t.lower))) return false;
  const s = sc.syntax;
  const head = s.tokens[spanHead(s, m.start, m.end)];
  if (head?.deprel !== 'nsubj') return false;
  const up = s.tokens[head.head];
  return !!up && lex.set('firmStatements').has(up.text.toLowerCase());
}
