/**
 * 32-bit hashing for feature keys. A feature is a template number and up to
 * three atoms (string hashes or small ids); its key is one unsigned 32-bit
 * integer, so a model is a table from integers to weights.
 */

/** FNV-1a over UTF-16 code units, finished with a murmur3 mix. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** murmur3's 32-bit finaliser: every input bit reaches every output bit. */
export function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The template's part of a key: spread over all 32 bits, so templates do not collide. */
export function templateBits(t: number): number {
  return Math.imul(t + 1, 0x9e3779b1);
}

/**
 * Key of a feature made of a template and one atom. The keys of two and three
 * atoms multiply each later atom by its own odd constant (a bijection, so no
 * two values of an atom meet) and mix once: one finaliser a key, because
 * computing keys is a large part of parsing time.
 */
export function key1(t: number, a: number): number {
  return fmix(templateBits(t) ^ a);
}

/** Key of a feature made of a template and two atoms. */
export function key2(t: number, a: number, b: number): number {
  return fmix(templateBits(t) ^ a ^ Math.imul(b, 0x27d4eb2f));
}

/** Key of a feature made of a template and three atoms. */
export function key3(t: number, a: number, b: number, c: number): number {
  return fmix(templateBits(t) ^ a ^ Math.imul(b, 0x27d4eb2f) ^ Math.imul(c, 0x165667b1));
}
