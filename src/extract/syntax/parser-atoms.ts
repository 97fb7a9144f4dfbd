import type { ClusterTable } from './clusters.js';
import { hashString } from './hash.js';
import type { ParseState } from './parser-state.js';

// What the parser's move and label templates read of a sentence and of a
// parse in progress: word and tag atoms, labels of attached words, children
// and distance buckets (parser.ts, label-features.ts).

/** The parser's view of a sentence: a word atom and a tag atom per word, the root last. */
export interface ParserAtoms {
  n: number;
  word: Uint32Array;
  tag: Int32Array;
  /** Coarse and fine word clusters (clusters.ts), the root last; absent when the model has none. */
  clu?: Uint32Array | undefined;
  cluFine?: Uint32Array | undefined;
}

const NONE_WORD = hashString('<none>');
const ROOT_WORD = hashString('<root>');
const UNKNOWN_WORD = hashString('<unk>');

/**
 * Atoms for words and their tag classes. Words outside `vocab` (the words the
 * training data has often enough) share one atom, so an unseen word still
 * fires learned features. `known` keeps the atoms of words seen before.
 */
export function parserAtoms(
  words: readonly string[],
  tags: ArrayLike<number>,
  vocab: ReadonlySet<string>,
  tagClasses: number,
  known?: Map<string, number>,
  into?: ParserAtoms,
  clusters?: ClusterTable,
): ParserAtoms {
  const n = words.length;
  const out = parserWordAtoms(words, tags, vocab, tagClasses, known, into);
  if (!clusters) {
    out.clu = undefined;
    out.cluFine = undefined;
    return out;
  }
  let { clu, cluFine } = out;
  if (!clu || !cluFine || clu.length <= n) {
    clu = new Uint32Array(out.word.length);
    cluFine = new Uint32Array(out.word.length);
  }
  for (let i = 0; i < n; i++) {
    clusters.atoms(words[i] as string, cluScratch, 0);
    clu[i] = cluScratch[0] as number;
    cluFine[i] = cluScratch[1] as number;
  }
  clu[n] = ROOT_WORD;
  cluFine[n] = ROOT_WORD;
  out.clu = clu;
  out.cluFine = cluFine;
  return out;
}

const cluScratch = new Uint32Array(2);

function parserWordAtoms(
  words: readonly string[],
  tags: ArrayLike<number>,
  vocab: ReadonlySet<string>,
  tagClasses: number,
  known?: Map<string, number>,
  into?: ParserAtoms,
): ParserAtoms {
  const n = words.length;
  // `into`: atoms to overwrite when they have room (read only up to `n`, the root).
  const reuse = into !== undefined && into.word.length > n;
  const word = reuse ? into.word : new Uint32Array(n + 1);
  const tag = reuse ? into.tag : new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    let atom = known?.get(w);
    if (atom === undefined) {
      const l = w.toLowerCase();
      atom = vocab.has(l) ? hashString(l) : UNKNOWN_WORD;
      if (known && known.size < 50_000) known.set(w, atom);
    }
    word[i] = atom;
    tag[i] = (tags[i] as number) + 1;
  }
  word[n] = ROOT_WORD;
  tag[n] = tagClasses + 1;
  if (reuse) {
    into.n = n;
    return into;
  }
  return { n, word, tag };
}

/** Distance buckets: 1, 2, 3, 4, 5-7, 8-11, 12+. */
export function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  return d <= 11 ? 6 : 7;
}

/** Word atom of word i (-1: none). */
export function wAt(a: ParserAtoms, i: number): number {
  return i < 0 ? NONE_WORD : (a.word[i] as number);
}

/** Coarse cluster atom of word i (-1: none). */
export function cAt(a: ParserAtoms, i: number): number {
  return i < 0 ? NONE_WORD : ((a.clu as Uint32Array)[i] as number);
}

/** Fine cluster atom of word i (-1: none). */
export function fAt(a: ParserAtoms, i: number): number {
  return i < 0 ? NONE_WORD : ((a.cluFine as Uint32Array)[i] as number);
}

/** Tag atom of word i (-1 or past the root: none). */
export function tAt(a: ParserAtoms, i: number): number {
  return i < 0 || i > a.n ? 0 : (a.tag[i] as number);
}

/** Label atom of word i, once it has a head (0 before). */
export function lAt(st: ParseState, i: number): number {
  return i < 0 ? 0 : (st.labels[i] as number) + 1;
}

/** A child index from one of the state's child arrays (-1: none). */
export function child(arr: Int32Array, i: number): number {
  return i < 0 ? -1 : (arr[i] as number);
}
