import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { textDocument } from '../../src/ingest/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? path.resolve(repoRoot, '../shared');
const seed = path.join(shared, 'articles/000_41ad68afa81ca405.txt');

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

describe.skipIf(!existsSync(seed))('when and where on the seed article', () => {
  // Read as `graphwire ingest` reads it: its `date` line is the article date (a Friday).
  const doc = textDocument('seed.txt', readFileSync(seed, 'utf8'));
  const g = buildGraph([extract(doc)]);
  const edges = g.mapEdges((_e, a, s, t) => ({ s, t, ...a }));

  it('dates the airstrike to the day of the article, not the day it was announced', () => {
    const killed = edges.filter((e) => e.type === 'KILLED' && /soleimani/.test(e.t));
    expect(killed.length).toBeGreaterThan(0);
    for (const e of killed) expect([e.firstDate, e.lastDate]).toEqual(['2020-01-03', '2020-01-03']);
  });

  it('dates the attack on the contractor to the week before, and past events to their years', () => {
    const evidence = edges.flatMap((e) => e.evidence);
    const kirkuk = evidence.filter((v) => v.text.includes('killed an American contractor'));
    expect(kirkuk.length).toBeGreaterThan(0);
    for (const v of kirkuk) expect(v).toMatchObject({ date: '2019-W52', dateSource: 'text' });
    const past = evidence.filter((v) => v.text.includes('2012 bombing in Damascus'));
    expect(past.map((v) => v.date)).toContain('2012');
    for (const v of past) expect(['2006', '2012', '2015-11']).toContain(v.date);
    const undated = evidence.filter((v) => v.dateSource === 'article');
    for (const v of undated) expect(v.date).toBe('2020-01-03');
  });

  it('puts its places within 25 km of the real ones', () => {
    const real: Record<string, [number, number]> = {
      Baghdad: [33.315, 44.366],
      Kirkuk: [35.468, 44.392],
      Aleppo: [36.202, 37.134],
      'Palm Beach': [26.705, -80.036],
      'Fort Bragg': [35.139, -79.006],
      Kuwait: [29.376, 47.977],
    };
    for (const [name, [lat, lon]] of Object.entries(real)) {
      const node = g.findNode((_n, a) => a.name === name && a.type === 'Location');
      const a = node ? g.getNodeAttributes(node) : undefined;
      expect(a?.lat, name).toBeTypeOf('number');
      expect(km(lat, lon, a?.lat as number, a?.lon as number), name).toBeLessThan(25);
    }
  });
});
