import type { ConlluSentence } from '../extract/syntax/conllu.js';
import { readConllu } from '../extract/syntax/conllu.js';
import { udTokenize } from '../extract/syntax/ud-tokenize.js';
import { prf } from './prf.js';
import type { Prf } from './types.js';

/** A character span of a sentence's `# text`. */
export interface CharSpan {
  start: number;
  end: number;
}

/**
 * One stretch of a sentence the tokenizer cut otherwise than the treebank:
 * the gold words and the system tokens between two boundaries both agree on.
 */
export interface TokenMismatch {
  sentId: string;
  gold: string[];
  system: string[];
}

export interface TokenScore extends Prf {
  sentences: number;
  /** Sentences whose gold words could not be found in order in their `# text`. */
  unaligned: string[];
  /** Every disagreement, in file order. */
  mismatches: TokenMismatch[];
}

export type Tokenizer = (text: string) => readonly CharSpan[];

export interface TokenScoreOptions {
  /** The tokenizer to score; udTokenize by default. */
  tokenize?: Tokenizer;
}

const DEFAULTS: Required<TokenScoreOptions> = {
  tokenize: (text) => udTokenize(text),
};

/**
 * The character spans of a sentence's gold words in its `# text`: each word is
 * found as the next substring after the previous one, with only whitespace
 * skipped between them. Returns undefined when a word is not there (the text
 * and the words disagree), so the caller can count the sentence as unaligned.
 */
export function goldSpans(sentence: ConlluSentence): CharSpan[] | undefined {
  const { text } = sentence;
  const out: CharSpan[] = [];
  let at = 0;
  for (const w of sentence.words) {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    if (!text.startsWith(w.form, at)) return undefined;
    out.push({ start: at, end: at + w.form.length });
    at += w.form.length;
  }
  return out;
}

/**
 * Token precision, recall and F1 of a tokenizer against a CoNLL-U file, as the
 * CoNLL 2018 shared-task scorer counts words: a system token is correct when
 * both its start and its end match a gold word's. The tokenizer runs on each
 * sentence's `# text` alone, so sentence splitting is not scored here.
 */
export function scoreTokens(conllu: string, options: TokenScoreOptions = {}): TokenScore {
  if (typeof conllu !== 'string') throw new TypeError('scoreTokens: expected CoNLL-U text');
  const tokenize = options.tokenize ?? DEFAULTS.tokenize;
  if (typeof tokenize !== 'function')
    throw new TypeError('scoreTokens: options.tokenize must be a function of the sentence text');
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let sentences = 0;
  const unaligned: string[] = [];
  const mismatches: TokenMismatch[] = [];
  for (const s of readConllu(conllu)) {
    const sentId = sentIdOf(s);
    const g = goldSpans(s);
    if (!g) {
      unaligned.push(sentId);
      continue;
    }
    sentences++;
    const sys = tokenize(s.text);
    const goldKeys = new Set(g.map(key));
    const sysKeys = new Set(sys.map(key));
    let hit = 0;
    for (const k of sysKeys) if (goldKeys.has(k)) hit++;
    tp += hit;
    predicted += sys.length;
    gold += g.length;
    if (hit !== g.length || hit !== sys.length)
      for (const d of disagreements(g, sys)) {
        const words = (xs: readonly CharSpan[]) => xs.map((x) => s.text.slice(x.start, x.end));
        mismatches.push({ sentId, gold: words(d.gold), system: words(d.system) });
      }
  }
  return { ...prf(tp, predicted, gold), sentences, unaligned, mismatches };
}

/**
 * The stretches where two tokenizations of one text disagree: each runs from a
 * boundary both share to the next end both share.
 */
export function disagreements(
  gold: readonly CharSpan[],
  system: readonly CharSpan[],
): { gold: CharSpan[]; system: CharSpan[] }[] {
  const out: { gold: CharSpan[]; system: CharSpan[] }[] = [];
  let i = 0;
  let j = 0;
  while (i < gold.length || j < system.length) {
    const g = gold[i];
    const s = system[j];
    if (g && s && g.start === s.start && g.end === s.end) {
      i++;
      j++;
      continue;
    }
    const d = { gold: [] as CharSpan[], system: [] as CharSpan[] };
    let gEnd = -1;
    let sEnd = -2;
    while (gEnd !== sEnd && (i < gold.length || j < system.length)) {
      const takeGold = j >= system.length || (i < gold.length && gEnd <= sEnd);
      if (takeGold) {
        const x = gold[i++] as CharSpan;
        d.gold.push(x);
        gEnd = x.end;
      } else {
        const x = system[j++] as CharSpan;
        d.system.push(x);
        sEnd = x.end;
      }
    }
    out.push(d);
  }
  return out;
}

function key(s: CharSpan): number {
  return s.start * 0x100000000 + s.end;
}

function sentIdOf(s: ConlluSentence): string {
  for (const c of s.comments) {
    const m = /^sent_id\s*=\s*(.*)$/.exec(c);
    if (m) return m[1] as string;
  }
  return s.text;
}
