import type { SentenceContext } from '../sentence-context.js';
import { WORDS } from './words.js';

/**
 * Whether the -ing word at syntax token `i` describes the person named after
 * it rather than doing a deed to him: "met striking Delta pilot Tom Fay",
 * "striking pilot Tom Fay returned" (data/relation-words.json,
 * describingGerunds). Read on the tree: the word has no auxiliary, marker
 * or subject of its own, the word after it starts a bare noun phrase (no
 * determiner: "striking the pilot" is a deed), and in the next few words a
 * lower-case common noun stands right before a name, the title of the person
 * it describes ("pilot Tom Fay"). "Jets kept striking rebel positions" names
 * no titled person and stays a deed.
 */
export function describingGerund(sc: SentenceContext, i: number): boolean {
  const toks = sc.syntax.tokens;
  const g = toks[i];
  if (g?.xpos !== 'VBG' || !WORDS.describingGerunds.has(g.text.toLowerCase())) return false;
  if (toks.some((d) => d.head === i && /^(aux|mark|nsubj)/.test(d.deprel))) return false;
  const next = toks[i + 1];
  if (!next || !['PROPN', 'NOUN', 'ADJ'].includes(next.upos)) return false;
  const named = (k: number) => sc.mentions.some((m) => m.start === (toks[k]?.start ?? -1));
  for (let k = i + 1; k < Math.min(toks.length - 1, i + 5); k++) {
    const d = toks[k];
    if (!d || (d.upos !== 'NOUN' && d.upos !== 'PROPN' && d.upos !== 'ADJ')) return false;
    if (d.upos === 'NOUN' && d.text === d.text.toLowerCase() && named(k + 1)) return true;
  }
  return false;
}
