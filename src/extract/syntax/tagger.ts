import type { ClusterTable } from './clusters.js';
import { LinearModel } from './linear.js';
import { type RetagModel, retag } from './retagger.js';
import { argmax, type Scorer } from './scorer.js';
import { AtomCache, END, START, type TokenAtoms, tokenAtoms } from './tag-atoms.js';
import { fillKeys, type Templates, templates } from './templates.js';

/**
 * A greedy left-to-right part-of-speech tagger over an averaged perceptron
 * (Collins 2002; the design of Honnibal's "good POS tagger in 200 lines").
 * Each class is a UPOS and Penn tag pair ("PROPN NNP"); frequent words that
 * the training data tags one way take that tag without scoring.
 */

export {
  AtomCache,
  ambiguityClasses,
  type TokenAtoms,
  tokenAtoms,
  type WordClasses,
  wordShape,
} from './tag-atoms.js';

// Slots of the context a tagging decision reads; slot 0 is the constant 0.
const W = 1;
const WORD = 2;
const SUF2 = 3;
const SUF3 = 4;
const SUF4 = 5;
const PRE1 = 6;
const PRE3 = 7;
const SHAPE = 8;
const T1 = 9;
const T2 = 10;
const WM1 = 11;
const WM2 = 12;
const WP1 = 13;
const WP2 = 14;
const SUF3M1 = 15;
const SUF3P1 = 16;
const SHAPEM1 = 17;
const SHAPEP1 = 18;
const FIRST = 19;
const AMB = 20;
const AMBP1 = 21;
const AMBP2 = 22;
const SUF3P2 = 23;
const SHAPEP2 = 24;
const LEX = 25;
const LEXM1 = 26;
const LEXP1 = 27;
const LEXP2 = 28;
const CLU = 29;
const CLUM1 = 30;
const CLUP1 = 31;
const CLUP2 = 32;
const FINE = 33;
const FINEM1 = 34;
const FINEP1 = 35;
const FINEP2 = 36;
const TAG_SLOTS = 37;

/** The templates that read the word and its neighbours, ambiguity classes aside. */
const BASE_ROWS = [
  [1, W],
  [2, WORD],
  [3, SUF2],
  [4, SUF3],
  [5, SUF4],
  [6, PRE1],
  [7, PRE3],
  [8, SHAPE],
  [11, T1, W],
  [12, WM1],
  [13, WM2],
  [14, WP1],
  [15, WP2],
  [16, WM1, W],
  [17, W, WP1],
  [18, SUF3M1],
  [19, SUF3P1],
  [20, SHAPEP1],
  [21, FIRST, SHAPE],
  [22, T1, SUF3],
  [23, T1, WP1],
  [24, T1, SHAPE, SHAPEP1],
  [25, WP1, WP2],
  [26, WM1, SUF3],
  [27, SHAPEM1, SHAPE],
];

/** What the word and the two after it may be (ambiguityClasses), and the suffix and shape of w+2. */
const AMB_ROWS = [
  [28, AMB],
  [29, AMBP1],
  [30, AMBP2],
  [31, AMB, AMBP1],
  [32, T1, AMBP1],
  [33, AMBP1, AMBP2],
  [34, W, AMBP1],
  [35, SUF3P2],
  [36, SHAPEP2],
  [37, T1, AMB],
];

/** What an outside lexicon allows the word and its neighbours to be (lexiconClasses in tools/syntax). */
const LEX_ROWS = [
  [38, LEX],
  [39, LEXM1],
  [40, LEXP1],
  [41, LEXP2],
  [42, LEX, LEXP1],
  [43, T1, LEX],
  [44, LEXM1, LEX],
  [45, LEX, SUF3],
  [46, LEX, SHAPE, FIRST],
];

/** The clusters of the word and its neighbours (clusters.ts), coarse and fine, alone and with the previous tag. */
const CLU_ROWS = [
  [47, CLU],
  [48, FINE],
  [49, CLUM1],
  [50, FINEM1],
  [51, CLUP1],
  [52, FINEP1],
  [53, CLUP2],
  [54, FINEP2],
  [55, T1, CLU],
  [56, T1, FINE],
  [57, CLUM1, CLU],
  [58, CLU, CLUP1],
  [59, FINE, SUF3],
];

/** The bias, the previous tag, the two previous tags: they read nothing of the token (see tagWords). */
const PAIR_ROWS = [[0], [9, T1], [10, T1, T2]];

/**
 * The tagging templates of a model, by the word classes it reads: number,
 * then the slots of their atoms. A model trained without ambiguity or lexicon
 * classes (the older ones) reads the plain set, so it scores no keys it
 * cannot have. The pair rows come last (see tagWords).
 */
const TAG_TEMPLATE_SETS = [0, 1, 2, 3].map((k) =>
  templates([...BASE_ROWS, ...(k & 1 ? AMB_ROWS : []), ...(k & 2 ? LEX_ROWS : []), ...PAIR_ROWS]),
) as [Templates, Templates, Templates, Templates];

/** Template sets that read some of the lexicon rows, or clusters, by their numbers (lexiconTemplates). */
const lexSubsets = new Map<string, Templates>();

/**
 * The templates of a model that reads ambiguity classes, lexicon classes, both
 * or neither. `lexRows`: the numbers of the lexicon templates it reads (all
 * nine when absent; a model may read fewer, for speed).
 */
export function tagTemplates(classes: {
  amb: boolean;
  lex: boolean;
  lexRows?: readonly number[] | undefined;
  /** The model reads word clusters (CLU_ROWS). */
  clu?: boolean;
  /** With clu: the cluster templates it reads, by number (all when absent). */
  cluRows?: readonly number[] | undefined;
}): Templates {
  const { amb, lex, lexRows, clu, cluRows: cluRead } = classes;
  if (!clu && (!lex || !lexRows))
    return TAG_TEMPLATE_SETS[(amb ? 1 : 0) + (lex ? 2 : 0)] as Templates;
  const cluKey = clu ? (cluRead?.join(',') ?? 'all') : 'none';
  const key = `${amb ? 1 : 0}:${lex ? (lexRows?.join(',') ?? 'all') : 'none'}:${cluKey}`;
  let set = lexSubsets.get(key);
  if (!set) {
    const rows = !lex ? [] : LEX_ROWS.filter((r) => !lexRows || lexRows.includes(r[0] as number));
    if (lexRows && rows.length !== lexRows.length)
      throw new Error(`syntax model: unknown lexicon templates ${lexRows.join(',')}`);
    const cluRows = !clu
      ? []
      : CLU_ROWS.filter((r) => !cluRead || cluRead.includes(r[0] as number));
    if (clu && cluRead && cluRows.length !== cluRead.length)
      throw new Error(`syntax model: unknown cluster templates ${cluRead.join(',')}`);
    set = templates([...BASE_ROWS, ...(amb ? AMB_ROWS : []), ...rows, ...cluRows, ...PAIR_ROWS]);
    lexSubsets.set(key, set);
  }
  return set;
}

/** The numbers of the lexicon templates (a model's lexiconTemplates names some of them). */
export const LEX_TEMPLATE_NUMBERS: readonly number[] = LEX_ROWS.map((r) => r[0] as number);

/** How many templates, at the end, depend on the two previous tags alone. */
const TAG_PAIR_FEATURES = 3;

/** Largest number of features one tagging decision fires. */
export const TAG_FEATURES = TAG_TEMPLATE_SETS[3].n + CLU_ROWS.length;

const tagCtx = new Int32Array(TAG_SLOTS);

/**
 * Writes the feature keys of token `i` into `out` and returns their number.
 * `p1` and `p2` are the classes given to the two tokens before it (-1 before the start).
 */
export function tagFeatures(
  a: TokenAtoms,
  i: number,
  p1: number,
  p2: number,
  out: Uint32Array,
  set: Templates = TAG_TEMPLATE_SETS[3],
): number {
  const n = a.n;
  const c = tagCtx;
  c[W] = a.lower[i] as number;
  c[WORD] = a.word[i] as number;
  c[SUF2] = a.suf2[i] as number;
  c[SUF3] = a.suf3[i] as number;
  c[SUF4] = a.suf4[i] as number;
  c[PRE1] = a.pre1[i] as number;
  c[PRE3] = a.pre3[i] as number;
  c[SHAPE] = a.shape[i] as number;
  c[T1] = p1 + 1;
  c[T2] = p2 + 1;
  c[WM1] = i > 0 ? (a.lower[i - 1] as number) : START;
  c[WM2] = i > 1 ? (a.lower[i - 2] as number) : START;
  c[WP1] = i + 1 < n ? (a.lower[i + 1] as number) : END;
  c[WP2] = i + 2 < n ? (a.lower[i + 2] as number) : END;
  c[SUF3M1] = i > 0 ? (a.suf3[i - 1] as number) : START;
  c[SUF3P1] = i + 1 < n ? (a.suf3[i + 1] as number) : END;
  c[SHAPEM1] = i > 0 ? (a.shape[i - 1] as number) : START;
  c[SHAPEP1] = i + 1 < n ? (a.shape[i + 1] as number) : END;
  c[FIRST] = i === 0 ? 1 : 0;
  c[AMB] = a.amb[i] as number;
  c[AMBP1] = i + 1 < n ? (a.amb[i + 1] as number) : END;
  c[AMBP2] = i + 2 < n ? (a.amb[i + 2] as number) : END;
  c[SUF3P2] = i + 2 < n ? (a.suf3[i + 2] as number) : END;
  c[SHAPEP2] = i + 2 < n ? (a.shape[i + 2] as number) : END;
  c[LEX] = a.lex[i] as number;
  c[LEXM1] = i > 0 ? (a.lex[i - 1] as number) : START;
  c[LEXP1] = i + 1 < n ? (a.lex[i + 1] as number) : END;
  c[LEXP2] = i + 2 < n ? (a.lex[i + 2] as number) : END;
  c[CLU] = a.clu[i] as number;
  c[CLUM1] = i > 0 ? (a.clu[i - 1] as number) : START;
  c[CLUP1] = i + 1 < n ? (a.clu[i + 1] as number) : END;
  c[CLUP2] = i + 2 < n ? (a.clu[i + 2] as number) : END;
  c[FINE] = a.cluFine[i] as number;
  c[FINEM1] = i > 0 ? (a.cluFine[i - 1] as number) : START;
  c[FINEP1] = i + 1 < n ? (a.cluFine[i + 1] as number) : END;
  c[FINEP2] = i + 2 < n ? (a.cluFine[i + 2] as number) : END;
  return fillKeys(set, c, out);
}

export interface TagModel {
  scorer: Scorer;
  /** Words (as written) that the training data tags one way, and their class. */
  dict: Map<string, number>;
  /**
   * Ambiguity classes of words as written (ambiguityClasses), looked up as
   * written, then lower-cased ("Beat" at a sentence's start reads "beat"; "dawn"
   * does not read the name "Dawn"). Empty for older models.
   */
  amb: ReadonlyMap<string, number>;
  /** Lexicon classes of lower-cased words (tools/syntax/lexicon.ts). Empty for older models. */
  lex: ReadonlyMap<string, number>;
  /** The lexicon templates the model reads, by number: all of them when absent. */
  lexRows?: readonly number[] | undefined;
  /** Capitalised words read no lexicon class of their lower-cased form (WordClasses.lexCase). */
  lexCase?: boolean | 'unseen' | undefined;
  /** With lexCase or lexScope 'unseen': the treebank's lower-cased vocabulary (WordClasses.known). */
  known?: ReadonlySet<string> | undefined;
  /** Only words outside the treebank's vocabulary read their lexicon class (WordClasses.lexScope). */
  lexScope?: 'unseen' | undefined;
  /** A second pass over the words the first was unsure of (retagger.ts). Absent from older models. */
  retag?: RetagModel | undefined;
  /** Word clusters from unlabelled text (clusters.ts). Absent from older models. */
  clusters?: ClusterTable | undefined;
  /** The cluster templates the model reads, by number: all of them when absent. */
  cluRows?: readonly number[] | undefined;
}

/**
 * Scores of the templates that read only the two previous tags, by those
 * tags, per shipped model. Their rows are the longest of the model (the bias
 * and the previous tag have a weight for most classes): summed once a pair,
 * they take about a third of the tagger's additions away. Only for a
 * LinearModel, whose weights do not change (training scores with perceptrons).
 */
const pairScores = new WeakMap<Scorer, Map<number, Float32Array>>();

/** Greedy tagging of one sentence: class ids, one per word. */
export function tagWords(
  model: TagModel,
  words: readonly string[],
  atoms = tokenAtoms(words, new AtomCache(model)),
  firstPass?: FirstPass,
): Int32Array {
  const n = words.length;
  const out = new Int32Array(n);
  const unsure: FirstPass | undefined =
    firstPass ?? (model.retag ? firstPassScratch(n) : undefined);
  const feats = tagFeats;
  const { scorer } = model;
  const classes = scorer.classes;
  if (tagScores.length < classes) tagScores = new Float32Array(classes);
  const scores = tagScores;
  let pairs = pairScores.get(scorer);
  if (!pairs && scorer instanceof LinearModel) {
    pairs = new Map();
    pairScores.set(scorer, pairs);
  }
  const set = tagTemplates({
    amb: model.amb.size > 0,
    lex: model.lex.size > 0,
    lexRows: model.lexRows,
    clu: model.clusters !== undefined,
    cluRows: model.cluRows,
  });
  const own = set.n - TAG_PAIR_FEATURES;
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < n; i++) {
    let c = model.dict.get(words[i] as string);
    if (c === undefined) {
      const k = tagFeatures(atoms, i, p1, p2, feats, set);
      if (pairs) {
        const pair = (p1 + 1) * 65536 + (p2 + 1);
        let ps = pairs.get(pair);
        if (!ps) {
          ps = new Float32Array(classes);
          scorer.score(feats.subarray(own, k), k - own, ps);
          pairs.set(pair, ps);
        }
        scorer.score(feats, own, scores);
        for (let j = 0; j < classes; j++) scores[j] = (scores[j] as number) + (ps[j] as number);
      } else scorer.score(feats, k, scores);
      if (unsure) {
        // The best class (the first of equals, as argmax), the runner-up and how far behind it is.
        let best = 0;
        let top = scores[0] as number;
        let second = -1;
        let next = Number.NEGATIVE_INFINITY;
        for (let j = 1; j < classes; j++) {
          const s = scores[j] as number;
          if (s > top) {
            second = best;
            next = top;
            best = j;
            top = s;
          } else if (s > next) {
            second = j;
            next = s;
          }
        }
        c = best;
        unsure.alt[i] = second < 0 ? best : second;
        unsure.margins[i] = top - next;
      } else c = argmax(scores, classes);
    } else if (unsure) {
      unsure.alt[i] = c;
      unsure.margins[i] = Number.POSITIVE_INFINITY;
    }
    out[i] = c;
    p2 = p1;
    p1 = c;
  }
  if (unsure && model.retag) {
    // The first pass's tags (retag reads only the first n).
    if (firstTags.length < n) firstTags = new Int32Array(2 * n);
    const first = firstTags;
    first.set(out);
    retag(model.retag, atoms, first, unsure.alt, unsure.margins, out, scores);
  }
  return out;
}

// Scratch space of tagWords, reused between sentences (one thread tags one sentence at a time).
const tagFeats = new Uint32Array(TAG_FEATURES);
let tagScores = new Float32Array(64);
let firstTags = new Int32Array(64);
let ownPass: FirstPass = { alt: new Int32Array(64), margins: new Float32Array(64) };

/** The first pass's scratch record, when the caller asks for none back. */
function firstPassScratch(n: number): FirstPass {
  if (ownPass.alt.length < n)
    ownPass = { alt: new Int32Array(2 * n), margins: new Float32Array(2 * n) };
  return ownPass;
}

/**
 * The first pass's runner-up class and margin of each word, when a model
 * retags: filled by tagWords, also read by training (tools/syntax/retag.ts).
 */
export interface FirstPass {
  alt: Int32Array;
  margins: Float32Array;
}
