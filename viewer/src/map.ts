import type Sigma from 'sigma';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './state';

/**
 * Map mode: Location nodes at their coordinates (x = longitude, y =
 * latitude) over Natural Earth's land outline (world-atlas, shipped in the
 * bundle: nothing is fetched), other nodes around the places they connect
 * to. The positions go into the view state and the node reducer draws them;
 * the graph's own positions stay as the layout left them.
 */

let rings: [number, number][][] | undefined;

/** The land polygons' rings, decoded from TopoJSON once. */
export function landRings(): [number, number][][] {
  if (rings) return rings;
  const topo = land as unknown as Topology<{ land: GeometryCollection }>;
  const geo = feature(topo, topo.objects.land);
  const out: [number, number][][] = [];
  const features = 'features' in geo ? geo.features : [geo];
  for (const f of features) {
    const g = f.geometry;
    const polys =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) for (const r of p) out.push(r as [number, number][]);
  }
  rings = out;
  return out;
}

/** A deterministic small offset per key, so nodes around one place do not sit on each other. */
function offset(key: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 3600) / 572.96;
  const r = 1.5 + ((h >>> 12) % 100) / 40;
  return [Math.cos(angle) * r, Math.sin(angle) * r];
}

/**
 * Where each node sits on the map: a placed node at its coordinates, a node
 * linked to placed ones around their mean. Nodes linked to no place are left
 * out (the map hides them).
 */
export function mapPositions(graph: ViewerGraph): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, a) => {
    if (typeof a.lat === 'number' && typeof a.lon === 'number')
      out.set(key, { x: a.lon, y: a.lat });
  });
  graph.forEachNode((key) => {
    if (out.has(key)) return;
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(key, (m) => {
      const a = graph.getNodeAttributes(m);
      if (typeof a.lat === 'number' && typeof a.lon === 'number') {
        x += a.lon;
        y += a.lat;
        n++;
      }
    });
    if (!n) return;
    const [dx, dy] = offset(key);
    out.set(key, { x: x / n + dx, y: y / n + dy });
  });
  return out;
}

/** Draws the land outline on `canvas` in the renderer's current view. */
export function drawLand(canvas: HTMLCanvasElement, renderer: Sigma<ViewerNode, ViewerEdge>): void {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = '#e6eae3';
  ctx.beginPath();
  for (const ring of landRings()) {
    let prev: number | undefined;
    for (const [lon, lat] of ring) {
      const p = renderer.graphToViewport({ x: lon, y: lat });
      // A ring that runs along the antimeridian or the pole would draw a
      // line across the map: start a new stretch there instead.
      if (prev === undefined || Math.abs(lon - prev) > 180) ctx.moveTo(p.x, p.y);
      else ctx.lineTo(p.x, p.y);
      prev = lon;
    }
    ctx.closePath();
  }
  ctx.fill('evenodd');
}
