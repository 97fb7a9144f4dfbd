import type { ClusterTable } from './clusters.js';
import { hashString } from './hash.js';
import { LinearModel } from './linear.js';
import { type RetagModel, retag } from './retagger.js';
import { argmax, type Scorer } from './scorer.js';
import { fillKeys, type Templates, templates } from './templates.js';

/**
 * A greedy left-to-right part-of-speech tagger over an averaged perceptron
 * (Collins 2002; the design of Honnibal's "good POS tagger in 200 lines").
 * Each class is a UPOS and Penn tag pair ("PROPN NNP"); frequent words that
 * the training data tags one way take that tag without scoring.
 */

/** Hashes of what the tagger's features read about each token, computed once a sentence. */
export interface TokenAtoms {
  n: number;
  word: Uint32Array;
  lower: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  pre1: Uint32Array;
  pre3: Uint32Array;
  shape: Uint32Array;
  /** The word's ambiguity class (ambiguityClasses): 0 for a word training did not see. */
  amb: Uint32Array;
  /** The word's lexicon class (the tags an outside lexicon allows it): 0 for a word it lacks. */
  lex: Uint32Array;
  /** The word's coarse and fine cluster (clusters.ts): 0 for a word the table lacks. */
  clu: Uint32Array;
  cluFine: Uint32Array;
}

/** Word classes a model reads beside the word itself, each keyed by the word. */
export interface WordClasses {
  /** Ambiguity classes from the treebank, keyed as written (ambiguityClasses). */
  amb?: ReadonlyMap<string, number>;
  /** Lexicon classes from a lexicon outside the treebank, looked up as written, then lower-cased. */
  lex?: ReadonlyMap<string, number>;
  /**
   * A word written with capitals that the lexicon knows only in lower case
   * reads no class, but as a sentence's first word: "Muddy" in "Muddy Waters"
   * and "Arsenal" in "Leeds beat Arsenal" are names, and the lexicon lists
   * only the adjective and the noun. Absent from older models.
   * `'unseen'`: only where the treebank's vocabulary (`known`, lower-cased
   * words) lacks the lower-cased word too: "muddy" and "arsenal" are not in
   * it, "new" and "jersey" are, and keep their classes in "New Jersey".
   */
  lexCase?: boolean | 'unseen' | undefined;
  /** With lexCase or lexScope 'unseen': the lower-cased words the treebank knows. */
  known?: ReadonlySet<string> | undefined;
  /**
   * `'unseen'`: only words the treebank's vocabulary (`known`) lacks read
   * their lexicon class; a word it has reads one atom for all of them (the
   * tagger knows it by itself). Absent from older models: every word reads it.
   */
  lexScope?: 'unseen' | undefined;
  /** Word clusters from unlabelled text (clusters.ts). Absent from older models. */
  clusters?: ClusterTable | undefined;
}

/** How many atoms wordAtoms writes. */
const ATOMS = 13;

const START = hashString('<s>');
const END = hashString('</s>');

/** "Baghdad" -> "Xxx", "1987" -> "dd", "U.S." -> "X.X.": character classes, runs cut at two. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w[i] as string;
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c.toLowerCase() !== c.toUpperCase()) k = c === c.toLowerCase() ? 'x' : 'X';
    else k = c;
    if (k === last) run++;
    else run = 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

/**
 * The atoms of one word, in the order of TokenAtoms' arrays; the lexicon
 * class twice: inside a sentence, and as its first word.
 */
function wordAtoms(w: string, out: Uint32Array, classes: WordClasses = {}): void {
  const { amb, lex, lexCase, known, lexScope, clusters } = classes;
  const l = w.toLowerCase();
  out[0] = hashString(w);
  out[1] = hashString(l);
  out[2] = hashString(l.slice(-2));
  out[3] = hashString(l.slice(-3));
  out[4] = hashString(l.slice(-4));
  out[5] = hashString(w.slice(0, 1));
  out[6] = hashString(l.slice(0, 3));
  out[7] = hashString(wordShape(w));
  out[8] = amb?.get(w) ?? amb?.get(l) ?? 0;
  const asWritten = lex?.get(w);
  const lower = asWritten ?? lex?.get(l) ?? 0;
  const dropLower =
    lexCase && asWritten === undefined && w !== l && (lexCase !== 'unseen' || !known?.has(l));
  out[9] = dropLower ? 0 : lower;
  // The first word of a sentence is capitalised whatever it is: it reads the lower-cased class.
  out[10] = lower;
  if (lexScope === 'unseen' && known?.has(l)) {
    out[9] = KNOWN;
    out[10] = KNOWN;
  }
  if (clusters) clusters.atoms(w, out, 11);
  else out.fill(0, 11, 13);
}

/** The lexicon atom of a word the treebank knows, with lexScope 'unseen'. */
const KNOWN = hashString('<known>');

/**
 * Ambiguity classes (Daelemans et al. 1996): for each word (as written) seen
 * at least `min` times, one value standing for the set of tag classes it took
 * (those given at least `share` of its occurrences). The tagger reads them for
 * the word and the two after it, so it sees what may follow without a second
 * pass. Computed from the training sentences and shipped in the model.
 */
export function ambiguityClasses(
  sentences: Iterable<{ words: readonly string[]; tags: ArrayLike<number> }>,
  min = 1,
  share = 0.01,
): Map<string, number> {
  const seen = new Map<string, Map<number, number>>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      let m = seen.get(w);
      if (!m) seen.set(w, (m = new Map()));
      const t = s.tags[i] as number;
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  const out = new Map<string, number>();
  for (const [w, m] of seen) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < min) continue;
    const set = [...m]
      .filter(([, c]) => c >= share * total)
      .map(([t]) => t)
      .sort((a, b) => a - b);
    out.set(w, hashString(set.join(' ')) || 1);
  }
  return out;
}

/**
 * Atoms of the words seen so far: news repeats its words, so each distinct
 * word is hashed once. Emptied when it holds `limit` words, to bound memory.
 */
export class AtomCache {
  private readonly words = new Map<string, Uint32Array>();

  /** `classes`: the model's ambiguity and lexicon classes. */
  constructor(
    readonly classes: WordClasses = {},
    private readonly limit = 50_000,
  ) {}

  get(w: string): Uint32Array {
    let atoms = this.words.get(w);
    if (atoms) return atoms;
    if (this.words.size >= this.limit) this.words.clear();
    atoms = new Uint32Array(ATOMS);
    wordAtoms(w, atoms, this.classes);
    this.words.set(w, atoms);
    return atoms;
  }
}

/** Atoms with room for `size` words. */
function newTokenAtoms(n: number, size: number): TokenAtoms {
  return {
    n,
    word: new Uint32Array(size),
    lower: new Uint32Array(size),
    suf2: new Uint32Array(size),
    suf3: new Uint32Array(size),
    suf4: new Uint32Array(size),
    pre1: new Uint32Array(size),
    pre3: new Uint32Array(size),
    shape: new Uint32Array(size),
    amb: new Uint32Array(size),
    lex: new Uint32Array(size),
    clu: new Uint32Array(size),
    cluFine: new Uint32Array(size),
  };
}

const atomScratch = new Uint32Array(ATOMS);

/**
 * The atoms of a sentence's words. `into`: atoms to overwrite when they have
 * room (a caller that tags one sentence at a time reuses one, so a sentence
 * allocates no arrays); read only their first `n` words.
 */
export function tokenAtoms(
  words: readonly string[],
  cache?: AtomCache,
  into?: TokenAtoms,
): TokenAtoms {
  const n = words.length;
  let a: TokenAtoms;
  if (into && into.word.length >= n) {
    a = into;
    a.n = n;
  } else a = newTokenAtoms(n, n);
  const scratch = atomScratch;
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    let x: Uint32Array = scratch;
    if (cache) x = cache.get(w);
    else wordAtoms(w, x);
    a.word[i] = x[0] as number;
    a.lower[i] = x[1] as number;
    a.suf2[i] = x[2] as number;
    a.suf3[i] = x[3] as number;
    a.suf4[i] = x[4] as number;
    a.pre1[i] = x[5] as number;
    a.pre3[i] = x[6] as number;
    a.shape[i] = x[7] as number;
    a.amb[i] = x[8] as number;
    a.lex[i] = (i === 0 ? x[10] : x[9]) as number;
    a.clu[i] = x[11] as number;
    a.cluFine[i] = x[12] as number;
  }
  return a;
}

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
