import type { ConlluSentence } from '../extract/syntax/conllu.js';
import type { Analysis, SyntaxModel } from '../extract/syntax/model.js';

/** Accuracy of tags and trees against a treebank, over gold words. */
export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  /** Words whose head is right. */
  uas: number;
  /** Head right and universal label right (the part before ':'), as the CoNLL 2018 scorer counts. */
  las: number;
  /** Head right and the full label right, subtypes included (nsubj:pass, obl:agent). */
  lasFull: number;
}

/**
 * Scores a tagger-parser on gold-tokenised sentences, punctuation included.
 * `analyse` gets each sentence's words and returns its analysis.
 */
export function scoreSyntax(
  sents: readonly ConlluSentence[],
  model: Pick<SyntaxModel, 'upos' | 'xpos' | 'labels'>,
  analyse: (words: string[]) => Analysis,
): SyntaxScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  let full = 0;
  for (const s of sents) {
    const forms = s.words.map((w) => w.form);
    const a = analyse(forms);
    s.words.forEach((w, i) => {
      words++;
      const t = a.tags[i] as number;
      if (model.upos[t] === w.upos) upos++;
      if (model.xpos[t] === w.xpos) xpos++;
      if ((a.heads[i] as number) + 1 !== w.head) return;
      uas++;
      const label = model.labels[a.labels[i] as number] ?? '';
      if (label.split(':')[0] === w.deprel.split(':')[0]) las++;
      if (label === w.deprel) full++;
    });
  }
  const r = (x: number) => (words ? x / words : 0);
  return { words, upos: r(upos), xpos: r(xpos), uas: r(uas), las: r(las), lasFull: r(full) };
}
