import { contextWord } from './perceptron.js';
import { contains, type Place, readingsOf } from './places.js';
import { treePath } from './relations/tree-path.js';
import type { SentenceContext } from './sentence-context.js';
import type { SentenceSyntax } from './syntax/index.js';
import type { EntityType, Mention } from './types.js';

/**
 * What the pair model (relation-model.ts) reads of two names in a sentence:
 * the lower-case words between and around them, punctuation, distance, the
 * names' types and titles, what else lies between, the dependency path
 * joining them, and what the gazetteer says of two places; never the names
 * themselves. Every feature is prefixed by the type pair and its direction
 * ("PO>|").
 */

/** A candidate pair: source and target mentions of one sentence, with their entity types. */
export interface Pair {
  a: Mention;
  b: Mention;
  ta: EntityType;
  tb: EntityType;
}

const ctx = contextWord;

const gapBin = (n: number) => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : '>10');

/** A word on a dependency path as a feature: names and capitalised words by their shape. */
function pathWord(sc: SentenceContext, i: number): string {
  const t = sc.syntax.tokens[i];
  if (!t) return '<none>';
  if (sc.mentions.some((m) => t.start >= m.start && t.end <= m.end)) return '<name>';
  if (/^\d/.test(t.text)) return '<num>';
  if (t.upos === 'PROPN') return '<cap>';
  return t.text.toLowerCase();
}

const casesOf = new WeakMap<SentenceSyntax, string[][]>();

/** The prepositions or possessive marks hanging on a word ("of", "in", "'s"). */
function caseWords(sc: SentenceContext, i: number): string {
  // Every word's marks, in token order, read once per sentence (each pair asks for two).
  const syntax = sc.syntax;
  let marks = casesOf.get(syntax);
  if (!marks) {
    const m: string[][] = syntax.tokens.map(() => []);
    for (const t of syntax.tokens)
      if (t.deprel === 'case' && t.head >= 0) m[t.head]?.push(t.text.toLowerCase());
    casesOf.set(syntax, (marks = m));
  }
  return marks[i]?.join(' ') || '-';
}

/**
 * Features of the dependency path between the two names (tree-path.ts): its
 * length, its labels, the words on it and the prepositions of each name.
 */
function pathFeatures(sc: SentenceContext, p: Pair): string[] {
  const path = treePath(sc, p.a, p.b);
  if (!path) return ['nopath'];
  const toks = sc.syntax.tokens;
  const { nodes, top } = path;
  const n = nodes.length - 1;
  const f = [`plen=${Math.min(n, 6)}`];
  const labels = nodes.map((k, i) =>
    i < top ? `${toks[k]?.deprel}^` : i > top ? `${toks[k]?.deprel}v` : '',
  );
  const words = nodes.map((k, i) => (i === 0 || i === n ? '' : pathWord(sc, k)));
  if (n <= 4) {
    f.push(`path=${labels.filter(Boolean).join(' ')}`);
    f.push(`pathw=${nodes.map((_, i) => `${labels[i]}${words[i]}`).join(' ')}`);
  }
  for (const w of new Set(words)) if (w) f.push(`pw=${w}`);
  if (top > 0 && top < n) f.push(`top=${words[top]}`, `toppos=${toks[nodes[top] as number]?.upos}`);
  f.push(`acase=${caseWords(sc, path.a)}`, `bcase=${caseWords(sc, path.b)}`);
  f.push(`adep=${toks[path.a]?.deprel}`, `bdep=${toks[path.b]?.deprel}`);
  return f;
}

/** Features of a (source, target) pair in a sentence; every one is prefixed by the type pair. */
export function pairFeatures(sc: SentenceContext, p: Pair): string[] {
  const { prefix, features } = pairFeatureParts(sc, p);
  return features.map((x) => `${prefix}${x}`);
}

/** pairFeatures as the type pair's prefix ("PO>|") and the features it prefixes (scored without joining them). */
export function pairFeatureParts(
  sc: SentenceContext,
  p: Pair,
): { prefix: string; features: string[] } {
  const { tokens, mentions } = sc;
  const { a, b } = p;
  const fwd = a.s < b.s;
  const l = fwd ? a : b;
  const r = fwd ? b : a;
  const tp = `${p.ta[0]}${p.tb[0]}${fwd ? '>' : '<'}`;
  const f: string[] = [''];
  const between = tokens.slice(l.e, r.outer > l.e ? r.outer : r.s);
  const words = between.map(ctx);
  f.push(`gap=${gapBin(words.length)}`);
  if (words.length <= 5) f.push(`seq=${words.join(' ')}`);
  for (const w of new Set(words)) f.push(`bw=${w}`);
  if (words.length) f.push(`first=${words[0]}`, `last=${words[words.length - 1]}`);
  const inside = mentions.filter((m) => m.s >= l.e && m.e <= r.s && m !== a && m !== b);
  f.push(`ment=${Math.min(inside.length, 2)}`);
  f.push(`l-1=${ctx(tokens[l.outer - 1])}`, `l-2=${ctx(tokens[l.outer - 2])}`);
  f.push(`r+1=${ctx(tokens[r.e])}`, `r+2=${ctx(tokens[r.e + 1])}`);
  if (a.title) f.push(`atitle=${a.title}`);
  if (b.title) f.push(`btitle=${b.title}`);
  if (a.titles.length) f.push('atitled');
  for (const [k, m] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (m.demonym) f.push(`${k}demonym`);
    if (m.country) f.push(`${k}country`);
    if (m.region) f.push(`${k}region`);
  }
  f.push(...placeFeatures(p));
  f.push(...pathFeatures(sc, p));
  return { prefix: `${tp}|`, features: f };
}

/**
 * What the gazetteer says of the places of a pair: the kind of each (that of
 * its best-known reading: country, state, city, or unknown) and, for two
 * places, whether one lies in the other ("Kyoto", "Japan": gin), the other
 * way round (grev), or neither though both are known ("London", "United
 * States": gout). The world's places, not the corpus's: a town never seen in
 * training still lies in its country.
 */
function placeFeatures(p: Pair): string[] {
  const f: string[] = [];
  const pa = p.ta === 'Location' ? readingsOf([p.a.text, p.a.name]) : [];
  const pb = p.tb === 'Location' ? readingsOf([p.b.text, p.b.name]) : [];
  const kind = (ps: Place[]) =>
    ps.reduce<Place | undefined>((x, y) => (x && x.population >= y.population ? x : y), undefined)
      ?.kind ?? 'unknown';
  if (p.ta === 'Location') f.push(`akind=${kind(pa)}`);
  if (p.tb === 'Location') f.push(`bkind=${kind(pb)}`);
  if (pa.length && pb.length) {
    if (pa.some((x) => pb.some((y) => contains(y, x)))) f.push('gin');
    else if (pb.some((y) => pa.some((x) => contains(x, y)))) f.push('grev');
    else f.push('gout');
  }
  return f;
}
