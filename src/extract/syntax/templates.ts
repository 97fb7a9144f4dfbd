import { templateBits } from './hash.js';

/**
 * Feature templates as data, so a decision's keys come out of one tight loop
 * instead of a call to key1/key2/key3 per feature: those calls were not
 * inlined, and every 32-bit atom or key passed through one was boxed as a heap
 * number. A template names up to three slots of a context array that the
 * caller fills once per decision; slot 0 always holds 0. The keys are the
 * ones key1, key2 and key3 (hash.ts) give: an absent atom is 0, and
 * Math.imul(0, k) is 0, so the shipped models read the same keys.
 */
export interface Templates {
  n: number;
  /** templateBits of each template's number. */
  bits: Int32Array;
  /** Context slots of the first, second and third atom. */
  a: Uint8Array;
  b: Uint8Array;
  c: Uint8Array;
}

/** Compiles `[template number, slot, slot?, slot?]` rows. */
export function templates(rows: readonly (readonly number[])[]): Templates {
  const slot = (r: readonly number[], i: number) => (r[i] ?? 0) as number;
  return {
    n: rows.length,
    bits: Int32Array.from(rows, (r) => templateBits(r[0] as number)),
    a: Uint8Array.from(rows, (r) => slot(r, 1)),
    b: Uint8Array.from(rows, (r) => slot(r, 2)),
    c: Uint8Array.from(rows, (r) => slot(r, 3)),
  };
}

/**
 * Writes the key of every template over the context `ctx` into `out`, from
 * index `at`; returns how many.
 */
export function fillKeys(t: Templates, ctx: Int32Array, out: Uint32Array, at = 0): number {
  const { n, bits, a, b, c } = t;
  for (let i = 0; i < n; i++) {
    let h =
      (bits[i] as number) ^
      (ctx[a[i] as number] as number) ^
      Math.imul(ctx[b[i] as number] as number, 0x27d4eb2f) ^
      Math.imul(ctx[c[i] as number] as number, 0x165667b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[at + i] = h;
  }
  return n;
}
