import { describe, expect, it } from 'vitest';
import { shareModels } from '../../src/extract/shared-models.js';
import {
  adoptLinearTables,
  LinearModel,
  type LinearModelData,
  sharedLinearTables,
} from '../../src/extract/syntax/linear.js';

/** A small sparse model: 3 keys over 6 classes. */
function data(weight: number): LinearModelData {
  return {
    classes: 6,
    keys: Uint32Array.of(11, 22, 33),
    counts: Uint8Array.of(1, 2, 1),
    cls: Uint8Array.of(0, 1, 5, 2),
    w: Int16Array.of(weight, 3, -4, 7),
    scale: 1,
  };
}

const scores = (m: LinearModel, keys: number[]) => {
  const out = new Float32Array(m.classes);
  m.score(Uint32Array.from(keys), keys.length, out);
  return [...out];
};

describe('model tables shared between threads', () => {
  it('offers a built table in shared memory, and a model of the same data adopts it instead of building', () => {
    const first = new LinearModel(data(5));
    expect(scores(first, [11, 22, 99])).toEqual([5, 3, 0, 0, 0, -4]);
    const table = sharedLinearTables().find((t) => t.id.startsWith('6:3:4:1:'));
    expect(table?.slots).toBeInstanceOf(SharedArrayBuffer);
    if (!table) return;
    // A worker adopting the table reads that memory: what the owner's table holds is what it scores.
    adoptLinearTables([table]);
    const rows = new Int16Array(table.rows);
    const before = [...rows];
    rows[1] = 50;
    const second = new LinearModel(data(5));
    expect(scores(second, [11])).toEqual([50, 0, 0, 0, 0, 0]);
    rows.set(before);
    // Other data (another weight) is not the same model: built anew.
    expect(scores(new LinearModel(data(6)), [11])).toEqual([6, 0, 0, 0, 0, 0]);
  });

  it('hands the pool the parser, tagger and entity-tagger tables in shared memory', () => {
    const models = shareModels();
    expect(models.linear.length).toBeGreaterThanOrEqual(3);
    for (const t of models.linear) expect(t.slots).toBeInstanceOf(SharedArrayBuffer);
    expect(models.tagger?.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
