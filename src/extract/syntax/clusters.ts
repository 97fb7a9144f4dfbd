import { hashString } from './hash.js';

/**
 * Word clusters learnt from unlabelled text (tools/syntax/clusters.ts): each
 * word the text has often enough belongs to a coarse cluster and, inside it,
 * a fine one. The tagger and the parser read them beside the word, so a word
 * the treebank never saw still says what it is like ("legislation" with
 * "law", "appropriation"; Koo, Carreras and Collins 2008). A model without a
 * cluster table reads none of these features and parses as before.
 */

/** How a word is looked up: lower-cased, every digit a 0 ("1987" and "2016" are "0000"). */
export function clusterKey(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
}

/** A model's cluster table, as its header stores it: [word key, coarse, fine]. */
export type ClusterRow = [string, number, number];

/** The cluster atoms of a word: coarse and fine, hashed; 0 for a word the table lacks. */
export class ClusterTable {
  private readonly coarse = new Map<string, number>();
  private readonly fine = new Map<string, number>();

  constructor(rows: readonly ClusterRow[]) {
    for (const [w, c, f] of rows) {
      this.coarse.set(w, hashString(`c${c}`));
      this.fine.set(w, hashString(`f${f}`));
    }
  }

  get size(): number {
    return this.coarse.size;
  }

  /** Atoms of words met before, as written (emptied at 50,000 words). */
  private readonly seen = new Map<string, [number, number]>();

  /** Writes the word's coarse and fine atoms into `out` at `at` and `at + 1`. */
  atoms(w: string, out: Uint32Array, at: number): void {
    let pair = this.seen.get(w);
    if (!pair) {
      const k = clusterKey(w);
      pair = [this.coarse.get(k) ?? 0, this.fine.get(k) ?? 0];
      if (this.seen.size >= 50_000) this.seen.clear();
      this.seen.set(w, pair);
    }
    out[at] = pair[0];
    out[at + 1] = pair[1];
  }
}
