import type { Lexicon } from '../lexicon.js';
import type { SentenceContext } from '../sentence-context.js';
import type { Mention } from '../types.js';
import { type DEFAULTS, type LoneFirmInput, retypeLoneFirms } from './lone-firms.js';

/**
 * "Euroclear and Cedel SA intend", "Cedel SA and Euroclear": a lone name
 * joined by "and" or "or" to an organisation's name, the two sharing one
 * predicate, is likely one too. A person is at times named beside a firm
 * ("Icahn and TWA"), but news names a person in full or with a title
 * first, so only a lone one-word name (`retypeLoneFirms` says which) becomes
 * an Organization. Two names inside one ("Smith and Jones Inc") are one
 * mention and never meet here.
 */
export function retypeJoinedFirms(
  input: LoneFirmInput,
  lex: Lexicon,
  options?: Partial<typeof DEFAULTS>,
): void {
  const firms = new Map<number, Mention[]>();
  for (const c of input.clusters) {
    if (c.type !== 'Organization') continue;
    for (const m of c.mentions) {
      const list = firms.get(m.sent);
      if (list) list.push(m);
      else firms.set(m.sent, [m]);
    }
  }
  if (!firms.size) return;
  retypeLoneFirms(
    input,
    lex,
    (c) => c.mentions.some((m) => joinedToFirm(input.sentences[m.sent], m, firms.get(m.sent))),
    options,
  );
}

const JOINS = new Set(['and', 'or']);

/** "X and F", "F and X": one join word between the mention and an organisation's mention. */
function joinedToFirm(
  sc: SentenceContext | undefined,
  m: Mention,
  firms: readonly Mention[] | undefined,
): boolean {
  if (!sc || !firms) return false;
  const after = sc.tokens[m.e];
  const before = sc.tokens[m.s - 1];
  return firms.some(
    (f) =>
      (f.s === m.e + 1 && JOINS.has(after?.lower ?? '')) ||
      (f.e === m.s - 1 && JOINS.has(before?.lower ?? '')),
  );
}
