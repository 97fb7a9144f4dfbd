import { splitSentences } from '../sentences.js';
import { type Analysis, loadSyntaxModel, SyntaxAnalyser, type SyntaxModel } from './model.js';
import type { UdToken } from './types.js';
import { udTokenize } from './ud-tokenize.js';

/** A word of a parsed sentence, with its offsets into the document. */
export interface SyntaxToken {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (NOUN, PROPN, VERB...). */
  upos: string;
  /** Penn Treebank tag (NN, NNP, VBD...). */
  xpos: string;
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  /** Universal Dependencies relation to the head (nsubj, obj, nmod:poss...). */
  deprel: string;
}

/** One sentence of a document as the parser sees it. */
export interface SentenceSyntax {
  start: number;
  end: number;
  text: string;
  tokens: SyntaxToken[];
}

let shared: SyntaxAnalyser | undefined;

/** The analyser of the shipped model, made once per thread. */
export function analyser(): SyntaxAnalyser {
  shared ??= new SyntaxAnalyser(loadSyntaxModel());
  return shared;
}

/** Joins UD tokens with their analysis. */
export function withAnalysis(
  tokens: readonly UdToken[],
  a: Analysis,
  model: SyntaxModel,
): SyntaxToken[] {
  return tokens.map((t, i) => {
    const tag = a.tags[i] as number;
    return {
      text: t.text,
      start: t.start,
      end: t.end,
      upos: model.upos[tag] as string,
      xpos: model.xpos[tag] as string,
      head: a.heads[i] as number,
      deprel: model.labels[a.labels[i] as number] as string,
    };
  });
}

/** Tokenises, tags and parses `doc.slice(start, end)` as one sentence. */
export function parseSpan(
  doc: string,
  start: number,
  end: number,
  an = analyser(),
): SentenceSyntax {
  const text = doc.slice(start, end);
  const tokens = udTokenize(text, start);
  if (!tokens.length) return { start, end, text, tokens: [] };
  const a = an.analyse(tokens.map((t) => t.text));
  return { start, end, text, tokens: withAnalysis(tokens, a, an.model) };
}

export interface ParseOptions {
  /** One sentence a line instead of splitting sentences. */
  lines?: boolean;
}

export const DEFAULTS: Required<ParseOptions> = { lines: false };

/** Sentences of a text with their tokens, tags and trees; offsets point into `text`. */
export function parseText(text: string, options?: ParseOptions): SentenceSyntax[] {
  const opts = { ...DEFAULTS, ...options };
  const an = analyser();
  const spans: { start: number; end: number }[] = [];
  if (opts.lines) {
    let at = 0;
    for (const line of text.split('\n')) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) spans.push({ start: at + lead, end: at + lead + body.length });
      at += line.length + 1;
    }
  } else for (const s of splitSentences(text)) spans.push(s);
  return spans.map((s) => parseSpan(text, s.start, s.end, an));
}
