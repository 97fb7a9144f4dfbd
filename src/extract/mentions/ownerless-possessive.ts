import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokenize.js';

/**
 * "rated A-2 by Moody's and AA by Standard and Poor's.", "Macy's said": a
 * possessive that owns nothing is part of a firm's or shop's name, not the
 * genitive of a person. Token `k` is the "'s"; it owns nothing when what
 * follows is punctuation or a word of `ownerlessAfter` (data/lexicon.json).
 */
export function ownerlessPossessive(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  if (!t || (t.lower !== "'s" && t.lower !== '’s')) return false;
  const next = tokens[k + 1];
  if (!next) return true;
  if (!next.word) return /^[.,;:)]$/.test(next.text);
  return !next.cap && lex.set('ownerlessAfter').has(next.lower);
}
