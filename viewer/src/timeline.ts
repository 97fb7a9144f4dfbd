import { dateRange } from '../../src/graph/date-range';
import { el } from './dom';
import type { ViewerEdge, ViewerGraph } from './state';

/**
 * The timeline under the graph: a histogram of evidence dates and a range
 * of days. Days are numbered from 1970-01-01. An edge is in the range when
 * one of its evidence dates (a day, week, month or year) overlaps it; a node
 * when one of its edges is. The sets it computes go into the view state, so
 * the reducers hide what is out of range without touching the graph.
 */

const DAY = 86_400_000;
export const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The days each evidence item of an edge covers. */
export function edgeDays(a: ViewerEdge): [number, number][] {
  const ev = Array.isArray(a.evidence) ? (a.evidence as { date?: unknown }[]) : [];
  const dates = Array.isArray(a.dates)
    ? (a.dates as unknown[])
    : ev.length
      ? ev.map((e) => e.date)
      : [a.firstDate, a.lastDate];
  const out: [number, number][] = [];
  for (const d of dates) {
    const r = typeof d === 'string' ? dateRange(d) : undefined;
    if (r) out.push([toDay(r.from), toDay(r.to)]);
  }
  return out;
}

/** Each edge's days, computed once per graph on screen. */
export class TimeIndex {
  readonly days = new Map<string, [number, number][]>();
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(readonly graph: ViewerGraph) {
    graph.forEachEdge((key, a) => {
      const d = edgeDays(a);
      if (!d.length) return;
      this.days.set(key, d);
      for (const [f, t] of d) {
        if (f < this.min) this.min = f;
        if (t > this.max) this.max = t;
      }
    });
  }

  get empty(): boolean {
    return this.days.size === 0;
  }

  /** The edges with evidence in [from, to], and the nodes they touch. */
  select(from: number, to: number): { edges: Set<string>; nodes: Set<string> } {
    const edges = new Set<string>();
    const nodes = new Set<string>();
    for (const [key, days] of this.days) {
      if (!days.some(([f, t]) => t >= from && f <= to)) continue;
      edges.add(key);
      nodes.add(this.graph.source(key));
      nodes.add(this.graph.target(key));
    }
    return { edges, nodes };
  }

  /** Evidence items per bin over [min, max], for the histogram (an item counts in its first day's bin). */
  histogram(bins: number): number[] {
    const out = new Array<number>(bins).fill(0);
    const span = Math.max(1, this.max - this.min + 1);
    for (const days of this.days.values())
      for (const [f] of days) {
        const i = Math.min(bins - 1, Math.floor(((f - this.min) / span) * bins));
        out[i] = (out[i] ?? 0) + 1;
      }
    return out;
  }
}

/** Bars of the histogram as DOM (one div per bin), heights relative to the largest. */
export function histogramBars(counts: number[]): HTMLElement {
  const top = Math.max(1, ...counts);
  return el(
    'div',
    { className: 'histogram', attrs: { 'aria-hidden': 'true' } },
    ...counts.map((c) => {
      const bar = el('span', { title: String(c) });
      bar.style.height = `${Math.round((100 * c) / top)}%`;
      return bar;
    }),
  );
}
