import type { ClusterTable } from './clusters.js';
import { hashString } from './hash.js';

/**
 * What the tagger reads of each token, hashed once a sentence: the word, its
 * affixes and shape, and the word classes a model may carry (ambiguity and
 * lexicon classes, clusters). tagger.ts builds its decisions from these.
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

/** The atoms of the places before a sentence's first word and after its last. */
export const START = hashString('<s>');
export const END = hashString('</s>');

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
