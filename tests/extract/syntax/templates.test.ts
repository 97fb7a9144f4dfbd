import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { key1, key2, key3 } from '../../../src/extract/syntax/hash.js';
import { fillKeys, templates } from '../../../src/extract/syntax/templates.js';

const u32 = fc.integer({ min: 0, max: 0xffffffff });

describe('feature templates as data', () => {
  it('give the keys key1, key2 and key3 give, so the shipped model reads the same features', () => {
    fc.assert(
      fc.property(fc.nat(300), u32, u32, u32, (t, a, b, c) => {
        const ctx = Int32Array.from([0, a, b, c]);
        const out = new Uint32Array(4);
        const n = fillKeys(templates([[t], [t, 1], [t, 1, 2], [t, 1, 2, 3]]), ctx, out);
        expect(n).toBe(4);
        expect(Array.from(out)).toEqual([key1(t, 0), key1(t, a), key2(t, a, b), key3(t, a, b, c)]);
      }),
    );
  });
});
