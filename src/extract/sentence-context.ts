import type { SentenceSyntax } from './syntax/index.js';
import type { Token } from './tokenize.js';
import type { Mention } from './types.js';

/** A sentence with its tokens and the names found in it. */
export interface SentenceContext {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  mentions: Mention[];
  /** The sentence's treebank tokens with their tags and dependency tree (parsed on first use). */
  readonly syntax: SentenceSyntax;
  /** False while `syntax` is still to be parsed (extract.ts); absent where it is a plain field. */
  readonly parsed?: boolean;
}
