import type { Lexicon } from '../lexicon.js';
import type { SentenceSyntax } from '../syntax/index.js';
import type { Token } from '../tokenize.js';
import type { EntityType, Mention } from '../types.js';

/**
 * A learned entity tagger: a greedy left-to-right BIO tagger over an averaged
 * perceptron (Collins 2002). It reads each token's word, shape and affixes,
 * its neighbours, the parser's Penn tag, gazetteer hits and what the rules
 * say about the token (stacking), plus the two tags it gave before. Features
 * are hashed into a dense table of 16-bit weights, so tagging a sentence
 * allocates nothing per token. Trained offline by tools/ner/train.ts; the
 * weights are data/ner/tagger.bin (entity-tagger-model.ts reads them).
 */

/** Tags in model order: O, then B and I of each type. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const TAG_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Location'];
const NT = TAGS.length;

export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** NT weights per bucket, scaled integers. */
  weights: Int16Array;
  /** What the file says about how it was made. */
  about: Record<string, unknown>;
}

// ---- hashing (FNV-1a over UTF-16 units; templates seed it) ----
// Hashes are returned as signed 32-bit integers (`| 0`): the bits are what
// the Uint32Array tables store and what every use reads, and a value that
// fits a small integer is never boxed as a heap number between calls.

const FNV = 2166136261;
function hashStr(seed: number, s: string, from = 0, to = s.length): number {
  let h = (FNV ^ seed) >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** "Baghdad" -> "Xx", "U.S." -> "X.X.", "1987" -> "d": character classes, runs collapsed, hashed. */
function shapeHash(w: string): number {
  let h = FNV;
  let last = 0;
  for (let i = 0; i < w.length && i < 16; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 97 && c <= 122) k = 120;
    else if (c >= 65 && c <= 90) k = 88;
    else if (c >= 48 && c <= 57) k = 100;
    else {
      const ch = w[i] as string;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) k = lo === ch ? 120 : 88;
      else k = c;
    }
    if (k === last) continue;
    last = k;
    h = Math.imul(h ^ k, 16777619);
  }
  return h | 0;
}

// ---- per-token atoms, computed once a sentence into reused arrays ----

/** Gazetteer bits of a word. */
const G = {
  per: 1,
  org: 2,
  loc: 4,
  country: 8,
  demonym: 16,
  first: 32,
  last: 64,
  town: 128,
  title: 256,
  suffix: 512,
  orgHead: 1024,
  locHead: 2048,
  dict: 4096,
  cap: 8192,
  allcaps: 16384,
} as const;
const GBITS = 15;

/** What the features read about each token of a sentence. */
export interface Atoms {
  n: number;
  lower: Uint32Array;
  shape: Uint32Array;
  suf3: Uint32Array;
  suf2: Uint32Array;
  pre3: Uint32Array;
  pos: Uint32Array;
  gaz: Uint32Array;
  /** The rules' mention over the token: 0 none, else 1 + position (0 B, 1 I) * 4 + type (0 none, 1-3). */
  rule: Uint32Array;
}

export function newAtoms(size = 64): Atoms {
  return {
    n: 0,
    lower: new Uint32Array(size),
    shape: new Uint32Array(size),
    suf3: new Uint32Array(size),
    suf2: new Uint32Array(size),
    pre3: new Uint32Array(size),
    pos: new Uint32Array(size),
    gaz: new Uint32Array(size),
    rule: new Uint32Array(size),
  };
}

interface WordSets {
  titles: Set<string>;
  suffixes: Set<string>;
  orgHeads: Set<string>;
  locHeads: Set<string>;
  /** Atoms of the words seen so far (lower, shape, suf3, suf2, pre3, gazetteer bits): news repeats its words. */
  words: Map<string, number>;
  /** WORD_ATOMS numbers per word of `words`, at the index `words` maps it to (one array: no object per word). */
  atoms: Uint32Array;
}
/** Words whose atoms a lexicon's cache holds before it is emptied, to bound memory. */
const WORD_CACHE = 50_000;
const WORD_ATOMS = 6;
const setsOf = new WeakMap<Lexicon, WordSets>();
function wordSets(lex: Lexicon): WordSets {
  let s = setsOf.get(lex);
  if (!s) {
    s = {
      titles: lex.set('titles'),
      suffixes: lex.set('companySuffixes'),
      orgHeads: lex.set('orgHeads'),
      locHeads: lex.set('locHeads'),
      words: new Map(),
      atoms: new Uint32Array(WORD_CACHE * WORD_ATOMS),
    };
    setsOf.set(lex, s);
  }
  return s;
}

const LOWER = /\p{Ll}/u;

function gazBits(t: Token, lex: Lexicon, ws: WordSets): number {
  const w = t.lower;
  let b = 0;
  const k = lex.known.get(w);
  if (k) {
    b |= k.type === 'Person' ? G.per : k.type === 'Organization' ? G.org : G.loc;
    if (k.country) b |= G.country;
    if (k.demonym) b |= G.demonym;
  }
  if (lex.firstNames.has(w)) b |= G.first;
  if (lex.lastNames.has(w)) b |= G.last;
  if (lex.towns.has(w)) b |= G.town;
  if (ws.titles.has(w)) b |= G.title;
  if (ws.suffixes.has(w)) b |= G.suffix;
  if (ws.orgHeads.has(w)) b |= G.orgHead;
  if (ws.locHeads.has(w)) b |= G.locHead;
  if (lex.dictionary.has(w)) b |= G.dict;
  if (t.cap) b |= G.cap;
  // All capitals (no lower-case letter, some upper-case one), tested without making a string.
  if (t.word && t.text.length > 1 && w !== t.text && !LOWER.test(t.text)) b |= G.allcaps;
  return b;
}

/** The atoms of a token that depend on its text alone (a token's lower case, capital and word flags do), cached. */
function wordAtoms(t: Token, lex: Lexicon, ws: WordSets): number {
  const at = ws.words.get(t.text);
  if (at !== undefined) return at;
  if (ws.words.size >= WORD_CACHE) ws.words.clear();
  const w = t.lower;
  const x = ws.words.size * WORD_ATOMS;
  ws.atoms[x] = hashStr(1, w);
  ws.atoms[x + 1] = shapeHash(t.text);
  ws.atoms[x + 2] = hashStr(2, w, Math.max(0, w.length - 3));
  ws.atoms[x + 3] = hashStr(3, w, Math.max(0, w.length - 2));
  ws.atoms[x + 4] = hashStr(4, w, 0, Math.min(3, w.length));
  ws.atoms[x + 5] = gazBits(t, lex, ws);
  ws.words.set(t.text, x);
  return x;
}

function topType(m: Mention): number {
  const { Person: p, Organization: o, Location: l } = m.votes;
  if (m.fixed) return m.fixed === 'Person' ? 1 : m.fixed === 'Organization' ? 2 : 3;
  const top = Math.max(p, o, l);
  if (top <= 0) return 0;
  return p === top ? 1 : o === top ? 2 : 3;
}

/**
 * Fills `a` for a sentence: its tokens (of the truecased text), the parse
 * of the same sentence (Penn tags matched by offset) and the rules' mentions.
 */
export function fillAtoms(
  a: Atoms,
  tokens: readonly Token[],
  syntax: SentenceSyntax | undefined,
  mentions: readonly Mention[],
  lex: Lexicon,
): Atoms {
  const n = tokens.length;
  if (a.lower.length < n) Object.assign(a, newAtoms(n * 2));
  a.n = n;
  const ws = wordSets(lex);
  const st = syntax?.tokens ?? [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const x = wordAtoms(t, lex, ws);
    const wa = ws.atoms;
    a.lower[i] = wa[x] as number;
    a.shape[i] = wa[x + 1] as number;
    a.suf3[i] = wa[x + 2] as number;
    a.suf2[i] = wa[x + 3] as number;
    a.pre3[i] = wa[x + 4] as number;
    a.gaz[i] = wa[x + 5] as number;
    while (j < st.length && (st[j]?.end ?? 0) <= t.start) j++;
    const s = st[j];
    const on = s !== undefined && s.start <= t.start;
    a.pos[i] = on ? hashStr(5, s.xpos) : 5;
    a.rule[i] = 0;
  }
  for (const m of mentions) {
    if (m.facilityOf !== undefined) continue;
    const ty = topType(m);
    for (let k = m.s; k < m.e && k < n; k++) a.rule[k] = 1 + (k === m.s ? 0 : 4) + ty;
  }
  return a;
}

// ---- features ----

/** Largest number of features one decision fires. */
export const MAX_FEATURES = 40 + 3 * GBITS;
const NONE = 0x9e3779b9;

/** What a template number is multiplied by before it is mixed with its value. */
const TPL = 0x27d4eb2d;
function at(arr: Uint32Array, x: number, i: number, n: number): number {
  return x >= 0 && x < n ? (arr[x] as number) | 0 : (NONE + x - i) | 0;
}

/** Writes the feature hashes of token `i` given the two previous tags into `out`; returns how many. */
export function features(a: Atoms, i: number, p1: number, p2: number, out: Uint32Array): number {
  let k = 0;
  const w0 = at(a.lower, i, i, a.n);
  const s0 = at(a.shape, i, i, a.n);
  const t0 = at(a.pos, i, i, a.n);
  const r0 = at(a.rule, i, i, a.n);
  out[k++] = mix(Math.imul(1, TPL), 0);
  out[k++] = mix(Math.imul(2, TPL), w0);
  out[k++] = mix(Math.imul(3, TPL), at(a.lower, i - 1, i, a.n));
  out[k++] = mix(Math.imul(4, TPL), at(a.lower, i + 1, i, a.n));
  out[k++] = mix(Math.imul(5, TPL), at(a.lower, i - 2, i, a.n));
  out[k++] = mix(Math.imul(6, TPL), at(a.lower, i + 2, i, a.n));
  out[k++] = mix(Math.imul(7, TPL), s0);
  out[k++] = mix(Math.imul(8, TPL), mix(at(a.shape, i - 1, i, a.n), s0));
  out[k++] = mix(Math.imul(9, TPL), mix(s0, at(a.shape, i + 1, i, a.n)));
  out[k++] = mix(Math.imul(10, TPL), at(a.suf3, i, i, a.n));
  out[k++] = mix(Math.imul(11, TPL), at(a.suf2, i, i, a.n));
  out[k++] = mix(Math.imul(12, TPL), at(a.pre3, i, i, a.n));
  out[k++] = mix(Math.imul(13, TPL), p1);
  out[k++] = mix(Math.imul(14, TPL), mix(p2, p1));
  out[k++] = mix(Math.imul(15, TPL), mix(p1, w0));
  out[k++] = mix(Math.imul(16, TPL), mix(p1, s0));
  out[k++] = mix(Math.imul(17, TPL), t0);
  out[k++] = mix(Math.imul(18, TPL), at(a.pos, i - 1, i, a.n));
  out[k++] = mix(Math.imul(19, TPL), at(a.pos, i + 1, i, a.n));
  out[k++] = mix(Math.imul(20, TPL), mix(at(a.pos, i - 1, i, a.n), t0));
  out[k++] = mix(Math.imul(21, TPL), mix(t0, at(a.pos, i + 1, i, a.n)));
  out[k++] = mix(Math.imul(22, TPL), mix(t0, s0));
  out[k++] = mix(Math.imul(23, TPL), r0);
  out[k++] = mix(Math.imul(24, TPL), mix(r0, at(a.rule, i - 1, i, a.n)));
  out[k++] = mix(Math.imul(25, TPL), mix(r0, at(a.rule, i + 1, i, a.n)));
  out[k++] = mix(Math.imul(26, TPL), mix(r0, p1));
  out[k++] = mix(Math.imul(27, TPL), mix(r0, s0));
  out[k++] = mix(Math.imul(28, TPL), mix(at(a.lower, i - 1, i, a.n), w0));
  out[k++] = mix(Math.imul(29, TPL), mix(w0, at(a.lower, i + 1, i, a.n)));
  out[k++] = mix(Math.imul(30, TPL), mix(p1, at(a.lower, i - 1, i, a.n)));
  out[k++] = mix(Math.imul(31, TPL), i === 0 ? 1 : 0);
  out[k++] = mix(
    Math.imul(32, TPL),
    mix(at(a.shape, i - 1, i, a.n), at(a.lower, i - 1, i, a.n) ^ s0),
  );
  const g0 = at(a.gaz, i, i, a.n);
  const gp = at(a.gaz, i - 1, i, a.n);
  const gn = at(a.gaz, i + 1, i, a.n);
  for (let b = 0; b < GBITS; b++) {
    const bit = 1 << b;
    if (g0 & bit) out[k++] = mix(Math.imul(40 + b, TPL), 0);
    if (i > 0 && gp & bit) out[k++] = mix(Math.imul(60 + b, TPL), 0);
    if (i + 1 < a.n && gn & bit) out[k++] = mix(Math.imul(80 + b, TPL), 0);
  }
  out[k++] = mix(Math.imul(33, TPL), mix(g0 & 0x7ff, s0));

  return k;
}

// ---- tagging ----

/** Whether tag `t` may follow tag `p` (I-X only after B-X or I-X). */
export function allowed(p: number, t: number): boolean {
  if (t === 0 || (t & 1) === 1) return true;
  return p === t || p === t - 1;
}

/** Scratch space of one tagger, reused between sentences. */
export interface Scratch {
  feats: Uint32Array;
  scores: Int32Array;
}
export const newScratch = (): Scratch => ({
  feats: new Uint32Array(MAX_FEATURES),
  scores: new Int32Array(NT),
});

/** What score's first pass read, kept so that the pass is not optimised away. */
const sink = { touched: 0 };

/** Adds the weights of `n` features into `scores`. */
export function score(model: TaggerModel, feats: Uint32Array, n: number, scores: Int32Array): void {
  scores.fill(0);
  const w = model.weights;
  const shift = 32 - model.bits;
  // Load every feature's row first, with no branch between the loads, so the
  // CPU fetches them together (the table is larger than the cache).
  let touch = 0;
  for (let x = 0; x < n; x++) touch ^= w[((feats[x] as number) >>> shift) * NT] as number;
  sink.touched = touch;
  if (NT !== 7) {
    for (let x = 0; x < n; x++) {
      const base = ((feats[x] as number) >>> shift) * NT;
      for (let t = 0; t < NT; t++) scores[t] = (scores[t] as number) + (w[base + t] as number);
    }
    return;
  }
  // The seven tags' sums in locals, stored once (sums of at most MAX_FEATURES 16-bit weights:
  // exact as integers, as the Int32Array's were).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let x = 0; x < n; x++) {
    const b = ((feats[x] as number) >>> shift) * 7;
    s0 += w[b] as number;
    s1 += w[b + 1] as number;
    s2 += w[b + 2] as number;
    s3 += w[b + 3] as number;
    s4 += w[b + 4] as number;
    s5 += w[b + 5] as number;
    s6 += w[b + 6] as number;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}

/**
 * Tags a sentence: one tag per token into `tags`, and in `margins` how far
 * each chosen tag led the best other allowed tag (in weight units).
 */
export function tagAtoms(
  model: TaggerModel,
  a: Atoms,
  tags: Uint8Array,
  margins: Int32Array,
  sc: Scratch,
): void {
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < a.n; i++) {
    const nf = features(a, i, p1 + 1, p2 + 1, sc.feats);
    score(model, sc.feats, nf, sc.scores);
    let best = -1;
    let second = -1;
    for (let t = 0; t < NT; t++) {
      if (!allowed(p1, t)) continue;
      const v = sc.scores[t] as number;
      if (best < 0 || v > (sc.scores[best] as number)) {
        second = best;
        best = t;
      } else if (second < 0 || v > (sc.scores[second] as number)) second = t;
    }
    tags[i] = best;
    margins[i] = second < 0 ? 1 << 20 : (sc.scores[best] as number) - (sc.scores[second] as number);
    p2 = p1;
    p1 = best;
  }
}

/** A name the tagger found: tokens [s, e), its type and its weakest token's margin. */
export interface TaggedSpan {
  s: number;
  e: number;
  type: EntityType;
  margin: number;
}

/** The spans of a BIO tag sequence. */
export function spansOf(tags: Uint8Array, margins: Int32Array, n: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = 0;
  while (i < n) {
    const t = tags[i] as number;
    if (t === 0) {
      i++;
      continue;
    }
    const ty = (t - 1) >> 1;
    let j = i + 1;
    let margin = margins[i] as number;
    while (j < n && tags[j] === 2 + ty * 2) {
      margin = Math.min(margin, margins[j] as number);
      j++;
    }
    out.push({ s: i, e: j, type: TAG_TYPES[ty] as EntityType, margin });
    i = j;
  }
  return out;
}

let buffers: { atoms: Atoms; tags: Uint8Array; margins: Int32Array; sc: Scratch } | undefined;

/** What the tagger says of a sentence: its spans, and each token's tag and margin (shared buffers, valid until the next call). */
export interface Tagging {
  spans: TaggedSpan[];
  tags: Uint8Array;
  margins: Int32Array;
}

/** Tags one sentence of tokens with a loaded model; scratch space is shared between calls. */
export function tagSentence(
  model: TaggerModel,
  tokens: readonly Token[],
  syntax: SentenceSyntax | undefined,
  mentions: readonly Mention[],
  lex: Lexicon,
): Tagging {
  if (!buffers || buffers.tags.length < tokens.length) {
    const size = Math.max(64, tokens.length * 2);
    buffers = {
      atoms: newAtoms(size),
      tags: new Uint8Array(size),
      margins: new Int32Array(size),
      sc: newScratch(),
    };
  }
  const b = buffers;
  fillAtoms(b.atoms, tokens, syntax, mentions, lex);
  tagAtoms(model, b.atoms, b.tags, b.margins, b.sc);
  return { spans: spansOf(b.tags, b.margins, tokens.length), tags: b.tags, margins: b.margins };
}
