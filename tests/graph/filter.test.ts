import { describe, expect, it } from 'vitest';
import type { DocExtraction } from '../../src/extract/types.js';
import { buildGraph, distanceKm, filterGraph } from '../../src/graph/index.js';

/** Two articles on a militia: one raid in 2006 and two in March 2021, one of them near Mosul. */
function graph() {
  const ev = (doc: string, text: string, date: string, dateText?: string) => ({
    doc,
    text,
    start: 0,
    end: text.length,
    date,
    ...(dateText ? { dateText, dateSource: 'text' as const } : { dateSource: 'article' as const }),
  });
  const exts: DocExtraction[] = [
    {
      doc: { id: 'a', hash: 'ha', date: '2021-03-10' },
      words: 20,
      entities: [
        { id: 'm', type: 'Organization', name: 'Red Hand Front', aliases: [], mentions: [] },
        { id: 'b', type: 'Organization', name: 'Ninth Brigade', aliases: [], mentions: [] },
        {
          id: 'q',
          type: 'Location',
          name: 'Qaraqosh',
          aliases: [],
          mentions: [],
          geo: { lat: 36.27, lon: 43.38, country: 'IQ', featureType: 'city', geoSource: 'towns' },
        },
      ],
      relations: [
        {
          source: 'm',
          target: 'b',
          type: 'ATTACKED',
          evidence: ev('a', 'In a 2006 raid the Front attacked the Brigade.', '2006', '2006'),
          confidence: 0.8,
        },
        {
          source: 'm',
          target: 'b',
          type: 'ATTACKED',
          evidence: {
            ...ev('a', 'On Monday the Front attacked again.', '2021-03-08', 'On Monday'),
            start: 50,
            end: 85,
          },
          confidence: 0.8,
        },
        {
          source: 'm',
          target: 'q',
          type: 'BASED_IN',
          evidence: ev('a', 'The Front is based in Qaraqosh.', '2021-03-10'),
          confidence: 0.7,
        },
      ],
    },
  ];
  return buildGraph(exts);
}

describe('filtering the graph by time and place', () => {
  it('keeps the evidence in the date range, with its count and dates', () => {
    const g = filterGraph(graph(), { since: '2021-03-01', until: '2021-03-31' });
    const attacked = g.getEdgeAttributes(
      'Organization:red hand front|ATTACKED|Organization:ninth brigade',
    );
    expect(attacked.evidence.map((e) => e.dateText)).toEqual(['On Monday']);
    expect([attacked.count, attacked.firstDate, attacked.lastDate]).toEqual([
      1,
      '2021-03-08',
      '2021-03-08',
    ]);
    expect(g.size).toBe(2);
  });

  it('counts a year as in range when any of its days is, and drops what is outside with its orphans', () => {
    const g = filterGraph(graph(), { since: '2006-06-01', until: '2006-06-30' });
    expect(g.edges()).toEqual(['Organization:red hand front|ATTACKED|Organization:ninth brigade']);
    expect(g.nodes().sort()).toEqual(['Organization:ninth brigade', 'Organization:red hand front']);
    expect(filterGraph(graph(), { until: '2005' }).order).toBe(0);
  });

  it('keeps what touches the places near a Location or a point', () => {
    const byName = filterGraph(graph(), { near: 'qaraqosh', withinKm: 1 });
    expect(byName.edges()).toEqual(['Organization:red hand front|BASED_IN|Location:qaraqosh']);
    // Mosul is about 30 km from Qaraqosh.
    expect(distanceKm(36.34, 43.13, 36.27, 43.38)).toBeGreaterThan(20);
    expect(filterGraph(graph(), { near: '36.34,43.13', withinKm: 40 }).size).toBe(1);
    expect(filterGraph(graph(), { near: '36.34,43.13', withinKm: 10 }).order).toBe(0);
  });

  it('names what it cannot read, and leaves the graph alone', () => {
    const g = graph();
    const before = JSON.stringify(g.export());
    expect(() => filterGraph(g, { near: 'Atlantis' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('Atlantis'),
      }),
    );
    expect(() => filterGraph(g, { since: '2021-W10' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => filterGraph(g, { since: '2022-01-01', until: '2021-01-01' })).toThrow(/after/);
    filterGraph(g, { since: '2021-03-01' });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});
