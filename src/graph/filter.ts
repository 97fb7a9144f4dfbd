import { MultiDirectedGraph } from 'graphology';
import { InvalidInputError } from '../errors.js';
import type { Evidence } from '../extract/types.js';
import type { KnowledgeGraph } from './build.js';
import { dateRange, endsAfter, startsBefore } from './date-range.js';

/**
 * The part of a graph that is about a time and a place, for `graphwire
 * export --since/--until/--near/--within-km` and the server's API.
 *
 * - Dates: an edge stays when one of its evidence items is dated (by its
 *   sentence, else its article) on a day in [since, until]; it keeps only
 *   those items, and its count and first/last dates are theirs. An edge
 *   whose evidence carries no dates is judged by its firstDate/lastDate.
 * - Place: the Locations within `withinKm` of `near` (a Location's name or
 *   alias, or "lat,lon") stay, with every edge that touches one of them.
 * - Nodes stay when an edge that stays touches them (and the places found
 *   near, which are the answer even alone). Pure: returns a new graph.
 */
export interface FilterOptions {
  /** First day, `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`: from its first day). */
  since?: string;
  /** Last day, `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`: to its last day). */
  until?: string;
  /** A Location's name or alias, or `lat,lon` in degrees. */
  near?: string;
  /** Radius around `near`, in kilometres. */
  withinKm?: number;
}

export const DEFAULTS = { withinKm: 50 };

const EARTH_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function day(value: string, name: string, end: boolean): string {
  const r = dateRange(value);
  if (!r || /W/.test(value))
    throw new InvalidInputError(
      `${name} ${JSON.stringify(value)}: expected YYYY-MM-DD, YYYY-MM or YYYY`,
    );
  return end ? r.to : r.from;
}

/** Where `near` is: "lat,lon", or the coordinates of the Location so named. */
export function resolveNear(graph: KnowledgeGraph, near: string): { lat: number; lon: number } {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(near);
  if (m) {
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
      throw new InvalidInputError(
        `--near ${JSON.stringify(near)}: latitude or longitude out of range`,
      );
    return { lat, lon };
  }
  const want = near.trim().toLowerCase();
  const found = graph.findNode(
    (_k, a) =>
      a.type === 'Location' &&
      typeof a.lat === 'number' &&
      (a.name.toLowerCase() === want || a.aliases.some((x) => x.toLowerCase() === want)),
  );
  if (!found)
    throw new InvalidInputError(
      `--near ${JSON.stringify(near)}: no Location of that name with coordinates in the graph (or give "lat,lon")`,
    );
  const a = graph.getNodeAttributes(found);
  return { lat: a.lat as number, lon: a.lon as number };
}

/** Whether any filter is asked for. */
export function isFiltered(options?: FilterOptions): boolean {
  return Boolean(options?.since || options?.until || options?.near);
}

export function filterGraph(graph: KnowledgeGraph, options?: FilterOptions): KnowledgeGraph {
  if (!isFiltered(options)) return graph;
  const since = options?.since ? day(options.since, '--since', false) : undefined;
  const until = options?.until ? day(options.until, '--until', true) : undefined;
  if (since && until && since > until)
    throw new InvalidInputError(`--since ${options?.since} is after --until ${options?.until}`);
  const km = options?.withinKm ?? DEFAULTS.withinKm;
  if (!(km >= 0) || !Number.isFinite(km))
    throw new InvalidInputError(`--within-km ${km}: expected a distance in kilometres`);
  const near = options?.near ? resolveNear(graph, options.near) : undefined;
  const places = new Set<string>();
  if (near)
    graph.forEachNode((k, a) => {
      if (typeof a.lat === 'number' && typeof a.lon === 'number')
        if (distanceKm(near.lat, near.lon, a.lat, a.lon) <= km) places.add(k);
    });
  const inRange = (date: string | undefined) => {
    const r = dateRange(date);
    return !!r && (!since || r.to >= since) && (!until || r.from <= until);
  };
  const dated = Boolean(since || until);
  const out: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes() });
  const keep = (k: string) => {
    if (!out.hasNode(k)) out.addNode(k, structuredClone(graph.getNodeAttributes(k)));
  };
  for (const k of places) keep(k);
  graph.forEachEdge((edge, a, s, t) => {
    if (near && !places.has(s) && !places.has(t)) return;
    let attrs = a;
    if (dated) {
      const withDates = a.evidence.some((e) => e.date);
      if (withDates) {
        const kept: Evidence[] = a.evidence.filter((e) => inRange(e.date));
        if (!kept.length) return;
        attrs = { ...structuredClone(a), evidence: structuredClone(kept), count: kept.length };
        delete attrs.firstDate;
        delete attrs.lastDate;
        for (const e of kept) {
          const d = e.date as string;
          if (!attrs.firstDate || startsBefore(d, attrs.firstDate)) attrs.firstDate = d;
          if (!attrs.lastDate || endsAfter(d, attrs.lastDate)) attrs.lastDate = d;
        }
        const docs = new Set(kept.map((e) => e.doc));
        if (attrs.docs) attrs.docs = attrs.docs.filter((d) => docs.has(d));
      } else {
        const first = dateRange(a.firstDate);
        const last = dateRange(a.lastDate ?? a.firstDate);
        if (!first || !last) return;
        if ((since && last.to < since) || (until && first.from > until)) return;
      }
    }
    keep(s);
    keep(t);
    out.addEdgeWithKey(edge, s, t, attrs === a ? structuredClone(a) : attrs);
  });
  return out;
}
