import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../../src/extract/types.js';
import { toRows } from '../../../src/store/neo4j/rows.js';
import { writeBatch } from '../../../src/store/neo4j/write.js';

/**
 * A transaction that, like neo4j-driver's, puts a statement on the wire only
 * some microtasks after `run` is called (its promise chain for the
 * connection), and records what it has sent. A fake: the order of sending
 * is what these tests state; the real writes are in write.neo4j.test.ts.
 */
function deferringTx(existing: string[] = []) {
  const wire: string[] = [];
  const tx = {
    run(query: string) {
      let p = Promise.resolve();
      for (let i = 0; i < 5; i++) p = p.then(() => undefined);
      const done = p.then(() => {
        wire.push(query);
        if (query.includes('MERGE (a:Article')) return { records: existing.map(record) };
        // The entities the removed mentions pointed to.
        if (query.includes('RETURN DISTINCT e.key'))
          return { records: [record('Person:cy ray 3')] };
        return { records: [] };
      });
      return done;
    },
  };
  return { tx: tx as unknown as ManagedTransaction, wire };
}

/** A record of one column, whatever its name. */
const record = (value: string) => ({ get: () => value });

/** Articles each mentioning a few people and places, with a relation. */
function corpus(n: number): DocExtraction[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `d${String(i).padStart(4, '0')}`;
    const names = [`Ann Lee ${i % 7}`, `Bo Park ${i % 11}`, `Cy Ray ${i}`];
    return {
      doc: { id, hash: `h${i}`, date: '1987-03-01', title: `T ${i}` },
      entities: names.map((name, k) => ({
        id: `e${k}`,
        type: 'Person' as const,
        name,
        aliases: [],
        mentions: [{ doc: id, text: name, start: k * 20, end: k * 20 + name.length }],
      })),
      relations: [
        {
          source: 'e0',
          target: 'e1',
          type: 'WARNED' as const,
          evidence: { doc: id, text: 'Ann Lee warned Bo Park.', start: 0, end: 23 },
          confidence: 0.7,
        },
      ],
      words: 20,
    };
  });
}

describe('writeBatch sends before the client works on', () => {
  it("puts every statement of a batch on the wire before the caller builds the next batch's rows", async () => {
    const rows = toRows(corpus(300));
    const { tx, wire } = deferringTx();
    let sentWhenWaiting = -1;
    // Rows of 50 per statement: several statements of each kind.
    await writeBatch(tx, rows, { chunk: 50, whileWaiting: () => (sentWhenWaiting = wire.length) });
    expect(wire.length).toBeGreaterThan(10);
    // Neo4j runs the batch while the caller builds the next one, instead of
    // waiting for it.
    expect(sentWhenWaiting).toBe(wire.length);
    expect(wire[0]).toContain('MERGE (a:Article');
  });

  it("removes what a batch's existing articles held before any new row is sent, and still sends all", async () => {
    const rows = toRows(corpus(40));
    const { tx, wire } = deferringTx(['d0003']);
    let sentWhenWaiting = -1;
    await writeBatch(tx, rows, { chunk: 10, whileWaiting: () => (sentWhenWaiting = wire.length) });
    const firstMerge = wire.findIndex((q) => q.includes('MERGE (e:Entity'));
    const removals = wire
      .map((q, i) => [q, i] as const)
      .filter(([q]) => /DELETE m|DETACH DELETE e|evidenceDoc\[i\] IN gone/.test(q))
      .map(([, i]) => i);
    expect(removals).toHaveLength(3);
    expect(Math.max(...removals)).toBeLessThan(firstMerge);
    expect(sentWhenWaiting).toBe(wire.length);
  });
});
