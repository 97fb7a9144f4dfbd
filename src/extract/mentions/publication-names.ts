import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';
import type { Mention } from '../types.js';
import { TIME_INSIDE } from './words.js';

/** Organization votes of a publication's name: beyond the tagger's keep level. */
export const PUBLICATION_VOTE = 5;

/**
 * "the authoritative Business Day newspaper said", "the Good Morning
 * programme": a time word that ends a capitalised run ("Day", "Week") stays
 * in the name when a noun of `publicationNouns` (data/lexicon.json) follows:
 * the words name a newspaper or a show, not a day. `k` is the token after the
 * time word.
 */
export function publicationAfter(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const noun = tokens[k];
  return Boolean(noun?.word && !noun.cap && lex.set('publicationNouns').has(noun.lower));
}

/**
 * A publication named with a time word is an organisation, and once a story
 * names one, the same words are the publication in its other sentences ("Business Day said"), where the name
 * finder would end the name before the time word. Grows those mentions over
 * it; `original` is the document text, for the written form.
 */
export function echoPublications(
  sents: readonly { tokens: Token[]; mentions: Mention[] }[],
  original: string,
  lex: Lexicon,
): void {
  const names = new Set<string>();
  for (const { tokens, mentions } of sents)
    for (const m of mentions) {
      const last = tokens[m.e - 1] as Token;
      if (m.e - m.s < 2 || !TIME_INSIDE.has(last.lower) || !publicationAfter(tokens, m.e, lex))
        continue;
      names.add(m.name.toLowerCase());
      publication(m);
    }
  if (!names.size) return;
  for (const { tokens, mentions } of sents)
    for (const m of mentions) {
      const word = tokens[m.e];
      if (!word?.cap || !names.has(`${m.name} ${word.text}`.toLowerCase())) continue;
      if (mentions.some((o) => o !== m && o.s <= m.e && m.e < o.e)) continue;
      m.e += 1;
      m.end = word.end;
      m.name = `${m.name} ${word.text}`;
      m.text = original.slice(m.start, m.end);
      publication(m);
    }
}

function publication(m: Mention): void {
  m.votes.Person = 0;
  m.votes.Location = 0;
  m.votes.Organization += PUBLICATION_VOTE;
}
