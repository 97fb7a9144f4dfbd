import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/extract/extract.js';

/** The window-coordinated-places pass alone: "Source TYPE Target" lines. */
function run(text: string): string[] {
  const { clusters, found } = analyse(text, undefined, {
    rules: [],
    window: new Set(['window-coordinated-places']),
  });
  return found.map(
    (r) => `${clusters[r.source]?.name ?? '?'} ${r.type} ${clusters[r.target]?.name ?? '?'}`,
  );
}

// "A and B, Region": the first of two joined towns lies in the region after the second.
describe('window-coordinated-places', () => {
  it('places the first of two joined towns in the region after the second', () => {
    expect(run('The flood closed the road between Boulder and Pueblo, Colorado.')).toContain(
      'Boulder LOCATED_IN Colorado',
    );
    expect(run('Hail fell near Burlington or Rutland, Vt., on Sunday.')).toContain(
      'Burlington LOCATED_IN Vermont',
    );
  });

  it('leaves the second town to the adjacency pass', () => {
    expect(run('The flood closed the road between Boulder and Pueblo, Colorado.')).not.toContain(
      'Pueblo LOCATED_IN Colorado',
    );
  });

  it('draws nothing when the region opens a list of places', () => {
    expect(run('Envoys from Sabah and Sarawak, Brunei, and the Philippines met.')).toEqual([]);
    expect(run('The team visited Lyon and Nice, France and Spain last year.')).toEqual([]);
  });

  it('draws nothing when each town has its own region', () => {
    expect(
      run('Lows ranged from 2 degrees at Casper, Wyo., and Pueblo, Colo., to 9 at Provo, Utah.'),
    ).toEqual([]);
  });

  it('draws nothing when the gazetteer knows the first town to lie elsewhere', () => {
    expect(run('The firm has offices in San Francisco and Shanghai, China.')).not.toContain(
      'San Francisco LOCATED_IN China',
    );
    expect(run('The firm has offices in Oakland and Fresno, Calif.')).toContain(
      'Oakland LOCATED_IN California',
    );
  });

  it('draws nothing when the second town has no region after it', () => {
    expect(run('The road between Boulder and Pueblo was closed.')).toEqual([]);
  });
});
