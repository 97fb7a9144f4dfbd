import { hashString } from './hash.js';
import { argmax, type Scorer } from './scorer.js';
import type { TokenAtoms } from './tagger.js';
import { fillKeys, type Templates, templates } from './templates.js';

/**
 * A second tagging pass over the words the first pass was unsure of (its best
 * class ahead of the runner-up by less than a margin). The first pass reads
 * the tags it gave on the left and only the words on the right; this pass
 * reads the first pass's tags on both sides ("profit rose 12 pct": the number
 * after "rose"), and its runner-up. Trained on first-pass tags of held-out
 * folds (tools/syntax/retag.ts), so it learns when to overrule them.
 */
export interface RetagModel {
  scorer: Scorer;
  /** The pass reads the lexicon classes of the word and its neighbours (TokenAtoms.lex). */
  lexicon: boolean;
  /** Words whose first-pass margin, in the first pass's quantised units, is below this are retagged. */
  margin: number;
}

// Slots of the context a retagging decision reads; slot 0 is the constant 0.
const W = 1;
const SUF3 = 2;
const SHAPE = 3;
const P0 = 4;
const ALT = 5;
const PM1 = 6;
const PM2 = 7;
const PP1 = 8;
const PP2 = 9;
const WM1 = 10;
const WP1 = 11;
const LEX = 12;
const LEXM1 = 13;
const LEXP1 = 14;
const LEXP2 = 15;
const RETAG_SLOTS = 16;

/**
 * Template numbers start at 100, apart from the first pass's. Dropped for
 * speed, with little loss on dev: 107 (PM2, PM1, P0), 111 (SUF3, PM1),
 * 113 (W, ALT), 114 (W, WP1), 115 (WM1, W), 116 (P0, ALT, PP1), 117 (PM1,
 * P0, ALT); lexicon 122 (P0, ALT, LEX), 125 (P0, LEXP2), 127 (PM1, LEX).
 */
const RETAG_ROWS = [
  [100, P0],
  [101, P0, ALT],
  [102, P0, W],
  [103, PM1, P0, PP1],
  [104, P0, PP1],
  [105, P0, PP1, PP2],
  [106, PM1, P0],
  [108, W, PP1],
  [109, W, PM1],
  [110, SUF3, PP1],
  [112, SHAPE, PP1],
];

/** What an outside lexicon allows the word and its neighbours to be, beside the first pass's tags. */
const LEX_ROWS = [
  [118, LEX],
  [119, P0, LEX],
  [120, LEX, LEXP1],
  [121, LEXM1, LEX],
  [123, LEX, SUF3],
  [124, P0, LEXP1],
  [126, LEX, PP1],
];

/** The templates without and with the lexicon rows. */
const RETAG_TEMPLATES = [templates(RETAG_ROWS), templates([...RETAG_ROWS, ...LEX_ROWS])];

/** Largest number of features a retagging decision fires. */
export const RETAG_FEATURES = RETAG_ROWS.length + LEX_ROWS.length;

const NONE = hashString('<none>');
const ctx = new Int32Array(RETAG_SLOTS);

/**
 * Feature keys of word `i`'s retagging decision: `tags` and `alt` are the
 * first pass's best and runner-up classes of every word.
 */
export function retagFeatures(
  a: TokenAtoms,
  tags: ArrayLike<number>,
  alt: ArrayLike<number>,
  i: number,
  out: Uint32Array,
  lexicon = false,
): number {
  const n = a.n;
  const c = ctx;
  c[W] = a.lower[i] as number;
  c[SUF3] = a.suf3[i] as number;
  c[SHAPE] = a.shape[i] as number;
  c[P0] = (tags[i] as number) + 1;
  c[ALT] = (alt[i] as number) + 1;
  c[PM1] = i > 0 ? (tags[i - 1] as number) + 1 : 0;
  c[PM2] = i > 1 ? (tags[i - 2] as number) + 1 : 0;
  c[PP1] = i + 1 < n ? (tags[i + 1] as number) + 1 : 1000;
  c[PP2] = i + 2 < n ? (tags[i + 2] as number) + 1 : 1000;
  c[WM1] = i > 0 ? (a.lower[i - 1] as number) : NONE;
  c[WP1] = i + 1 < n ? (a.lower[i + 1] as number) : NONE;
  if (!lexicon) return fillKeys(RETAG_TEMPLATES[0] as Templates, c, out);
  c[LEX] = a.lex[i] as number;
  c[LEXM1] = i > 0 ? (a.lex[i - 1] as number) : NONE;
  c[LEXP1] = i + 1 < n ? (a.lex[i + 1] as number) : NONE;
  c[LEXP2] = i + 2 < n ? (a.lex[i + 2] as number) : NONE;
  return fillKeys(RETAG_TEMPLATES[1] as Templates, c, out);
}

const feats = new Uint32Array(RETAG_FEATURES);

/**
 * Retags in place the words whose first-pass margin is below the model's;
 * every decision reads the first pass's tags (`first`, left unchanged).
 * Returns how many words it looked at.
 */
export function retag(
  model: RetagModel,
  a: TokenAtoms,
  first: Int32Array,
  alt: Int32Array,
  margins: Float32Array,
  out: Int32Array,
  scores: Float32Array,
): number {
  let looked = 0;
  for (let i = 0; i < a.n; i++) {
    if (!((margins[i] as number) < model.margin)) continue;
    looked++;
    const k = retagFeatures(a, first, alt, i, feats, model.lexicon);
    model.scorer.score(feats, k, scores);
    out[i] = argmax(scores, model.scorer.classes);
  }
  return looked;
}
