import './style.css';
import Sigma from 'sigma';
import { ApiError, api, type Info } from './api';
import { fromCypher, fromFile, fromSerialized, mergeInto } from './data';
import { DetailsPanel, localDetail } from './details';
import { byId, el } from './dom';
import { bindEvents } from './events';
import { exportGexf, exportJson, exportPng } from './exporting';
import { countVisible, edgeReducer, neighbourhood, nodeReducer } from './filters';
import { Layout } from './layout';
import { drawLand, mapPositions } from './map';
import { applyCommunities, applySizes } from './metrics';
import { localSuggestions, setupSearch } from './search';
import { BIG_GRAPH, sigmaSettings } from './settings';
import { renderSidebar } from './sidebar';
import {
  type ColorMode,
  initialState,
  type Origin,
  type SizeMode,
  type Suggestion,
  type ViewerEdge,
  type ViewerGraph,
  type ViewerNode,
} from './state';
import { fromDay, histogramBars, TimeIndex } from './timeline';

/**
 * The viewer's wiring: one graph on screen at a time (from the server, a
 * dropped file, or a Cypher query), one sigma renderer, one layout worker.
 */
const ui = {
  container: byId('graph'),
  status: byId('status'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  colorMode: byId<HTMLSelectElement>('color-mode'),
  sizeMode: byId<HTMLSelectElement>('size-mode'),
  tooltip: byId('tooltip'),
  dropHint: byId('drop-hint'),
  fileInput: byId<HTMLInputElement>('file-input'),
  cypher: byId('cypher'),
  cypherInput: byId<HTMLTextAreaElement>('cypher-input'),
  cypherRun: byId<HTMLButtonElement>('cypher-run'),
  cypherStatus: byId('cypher-status'),
  mapToggle: byId<HTMLButtonElement>('map-toggle'),
  timeline: byId('timeline'),
  timeBars: byId('timeline-bars'),
  timeFrom: byId<HTMLInputElement>('time-from'),
  timeTo: byId<HTMLInputElement>('time-to'),
  timeLabel: byId<HTMLOutputElement>('time-label'),
  timePlay: byId<HTMLButtonElement>('time-play'),
  timeAll: byId<HTMLButtonElement>('time-all'),
  sidebar: {
    legend: byId('legend'),
    typeFilters: byId('type-filters'),
    relationFilters: byId('relation-filters'),
    minDegree: byId<HTMLInputElement>('min-degree'),
    minDegreeValue: byId<HTMLOutputElement>('min-degree-value'),
  },
};

let state = initialState();
let graph: ViewerGraph | undefined;
let renderer: Sigma<ViewerNode, ViewerEdge> | undefined;
let layout: Layout | undefined;
let origin: Origin = 'server';
let info: Info | undefined;
let total: { nodes: number; edges: number } | undefined;
let communities = 0;
let times: TimeIndex | undefined;
let playing: ReturnType<typeof setInterval> | undefined;
const mapCanvas = document.createElement('canvas');
mapCanvas.id = 'map-canvas';
mapCanvas.hidden = true;
/** What is on screen, for the status line: a file name, or the query. */
let title = '';

const details = new DetailsPanel({
  panel: byId('details'),
  body: byId('details-body'),
  select: (key) => void selectNode(key),
  focus: (key, hops) => void focusOn(key, hops),
});
byId('details-close').addEventListener('click', () => {
  details.close();
  state.selected = undefined;
  refresh();
});

function setStatus(text: string, error = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', error);
}

function updateStatus(): void {
  if (!graph) return;
  const v = countVisible(state, graph);
  ui.status.dataset.visibleNodes = String(v.nodes);
  ui.status.dataset.visibleEdges = String(v.edges);
  const of =
    total && origin === 'server' && total.nodes > graph.order
      ? ` (${graph.order} best-connected of ${total.nodes} loaded; search reaches all)`
      : '';
  const focus = state.focus ? ' · focus mode (click the background to leave)' : '';
  const onMap = state.map ? ` · map: ${state.map.size} placed or linked to a place` : '';
  const from = origin === 'server' ? '' : `${title}: `;
  setStatus(
    `${from}Showing ${v.nodes} of ${graph.order} nodes, ${v.edges} of ${graph.size} relations${of}${focus}${onMap}`,
  );
}

function refresh(): void {
  renderer?.refresh({ skipIndexation: true });
  updateStatus();
}

function sidebar(): void {
  if (graph) renderSidebar(ui.sidebar, graph, state, communities, refresh);
}

/** Puts a graph on screen, replacing the one before. */
function show(g: ViewerGraph, from: Origin): void {
  layout?.kill();
  renderer?.kill();
  details.close();
  const keep = initialState();
  keep.colorMode = state.colorMode;
  keep.sizeMode = state.sizeMode;
  const wasMap = Boolean(state.map);
  graphPositions = undefined;
  state = keep;
  graph = g;
  origin = from;
  applySizes(g, state.sizeMode);
  communities = state.colorMode === 'community' ? applyCommunities(g) : 0;
  renderer = new Sigma<ViewerNode, ViewerEdge>(g, ui.container, {
    ...sigmaSettings(g.order),
    nodeReducer: nodeReducer(state),
    edgeReducer: edgeReducer(state, g),
  });
  ui.container.append(ui.tooltip);
  ui.container.prepend(mapCanvas);
  renderer.on('afterRender', () => {
    if (state.map && renderer) drawLand(mapCanvas, renderer);
  });
  setupTimeline(g);
  if (wasMap) setMap(true);
  bindEvents(renderer, g, state, {
    tooltip: ui.tooltip,
    click: (key) => {
      if (key)
        void selectNode(key, false); // already under the pointer: no camera move
      else leaveFocus();
    },
  });
  layout = new Layout(g);
  layout.onChange((running) => {
    ui.layoutToggle.textContent = running ? 'Stop layout' : 'Start layout';
    ui.layoutToggle.setAttribute('aria-pressed', String(running));
  });
  if (g.order > 1) layout.start(g.order > BIG_GRAPH ? 15_000 : 4_000);
  sidebar();
  updateStatus();
  // For bench/viewer: the graph is handed to sigma, then its first frame is on screen.
  performance.mark('graphwire:first-render');
  requestAnimationFrame(() => performance.mark('graphwire:first-frame'));
  document.body.dataset.ready = 'true';
}

/** The timeline for the graph on screen: hidden when no edge has a date. */
function setupTimeline(g: ViewerGraph): void {
  stopPlaying();
  times = new TimeIndex(g);
  ui.timeline.hidden = times.empty;
  if (times.empty) return;
  for (const input of [ui.timeFrom, ui.timeTo]) {
    input.min = String(times.min);
    input.max = String(times.max);
  }
  ui.timeFrom.value = String(times.min);
  ui.timeTo.value = String(times.max);
  ui.timeBars.replaceChildren(histogramBars(times.histogram(60)));
  ui.timeLabel.textContent = `${fromDay(times.min)} – ${fromDay(times.max)} (all)`;
}

/** Shows only what has evidence dated in the slider's range; the whole span shows everything. */
function applyTimeRange(): void {
  if (!times || times.empty) return;
  let from = Number(ui.timeFrom.value);
  let to = Number(ui.timeTo.value);
  if (from > to) [from, to] = [to, from];
  const all = from <= times.min && to >= times.max;
  state.timeRange = all ? undefined : { from, to, ...times.select(from, to) };
  ui.timeLabel.textContent = `${fromDay(from)} – ${fromDay(to)}${all ? ' (all)' : ''}`;
  refresh();
}

function stopPlaying(): void {
  if (playing) clearInterval(playing);
  playing = undefined;
  ui.timePlay.textContent = 'Play';
}

/** Play: a window of the current width steps forward through time. */
function play(): void {
  if (!times || times.empty) return;
  if (playing) {
    stopPlaying();
    return;
  }
  const width = Math.max(
    1,
    Math.min(Number(ui.timeTo.value) - Number(ui.timeFrom.value), times.max - times.min) ||
      Math.ceil((times.max - times.min + 1) / 10),
  );
  const step = Math.max(1, Math.ceil((times.max - times.min + 1) / 40));
  let from = times.min;
  ui.timePlay.textContent = 'Pause';
  const tick = () => {
    if (!times || from > times.max) {
      stopPlaying();
      return;
    }
    ui.timeFrom.value = String(from);
    ui.timeTo.value = String(Math.min(times.max, from + width));
    applyTimeRange();
    from += step;
  };
  tick();
  playing = setInterval(tick, 400);
}

ui.timeFrom.addEventListener('input', applyTimeRange);
ui.timeTo.addEventListener('input', applyTimeRange);
ui.timePlay.addEventListener('click', play);
ui.timeAll.addEventListener('click', () => {
  stopPlaying();
  if (!times) return;
  ui.timeFrom.value = String(times.min);
  ui.timeTo.value = String(times.max);
  applyTimeRange();
});

/** The layout's positions while the map shows, to put back when it closes. */
let graphPositions: Map<string, { x: number; y: number }> | undefined;

/**
 * Map mode on or off; the selection, filters and time range stay as they
 * are. sigma 3.0 takes node positions from the graph, not from the node
 * reducer, so the map writes its positions into x/y (the layout's display
 * attributes, not article data) and gives the layout's back when it closes.
 */
function setMap(on: boolean): void {
  if (!graph || !renderer) return;
  const g = graph;
  if (on && !state.map) {
    layout?.stop();
    graphPositions = new Map(g.mapNodes((k, a) => [k, { x: a.x, y: a.y }] as const));
    state.map = mapPositions(g);
    for (const [k, p] of state.map) g.mergeNodeAttributes(k, p);
  } else if (!on && state.map) {
    state.map = undefined;
    for (const [k, p] of graphPositions ?? []) if (g.hasNode(k)) g.mergeNodeAttributes(k, p);
    graphPositions = undefined;
  }
  renderer.setCustomBBox(on ? { x: [-180, 180], y: [-90, 90] } : null);
  mapCanvas.hidden = !on;
  ui.mapToggle.setAttribute('aria-pressed', String(on));
  ui.mapToggle.textContent = on ? 'Graph' : 'Map';
  document.body.dataset.mode = on ? 'map' : 'graph';
  if (on) void renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 0 });
  renderer.refresh();
  updateStatus();
}
ui.mapToggle.addEventListener('click', () => setMap(!state.map));

function leaveFocus(): void {
  if (state.focus) state.focus = undefined;
  state.selected = undefined;
  details.close();
  refresh();
}

/** Highlights a node and opens its details; with `pan`, moves the camera to it first. */
async function selectNode(key: string, pan = true): Promise<void> {
  if (!graph || !renderer) return;
  if (!graph.hasNode(key) && origin === 'server') {
    // Not among the nodes loaded first: fetch it with its neighbours.
    const n = await api.neighbourhood(key, 1).catch((err: Error) => {
      setStatus(`Could not load ${key}: ${err.message}`, true);
      return undefined;
    });
    if (!n) return;
    mergeInto(graph, n.graph);
    applySizes(graph, state.sizeMode);
    sidebar();
  }
  if (!graph.hasNode(key)) return;
  state.selected = key;
  if (state.focus && !state.focus.nodes.has(key)) state.focus = undefined;
  const pos = renderer.getNodeDisplayData(key);
  const camera = renderer.getCamera();
  const ratio = Math.min(camera.ratio, graph.order > 200 ? 0.3 : 1);
  if (pos && pan) void camera.animate({ x: pos.x, y: pos.y, ratio }, { duration: 400 });
  refresh();
  details.loading(key);
  try {
    details.show(origin === 'server' ? await api.node(key) : localDetail(graph, key));
  } catch (err) {
    details.error(`Could not load details: ${(err as Error).message}`);
  }
}

/** Shows only the N-hop neighbourhood of a node (fetching what is not loaded yet). */
async function focusOn(key: string, hops: number): Promise<void> {
  if (!graph) return;
  if (origin === 'server') {
    const n = await api.neighbourhood(key, hops).catch((err: Error) => {
      setStatus(`Could not load the neighbourhood: ${err.message}`, true);
      return undefined;
    });
    if (n && mergeInto(graph, n.graph, graph.getNodeAttributes(key)) > 0) {
      applySizes(graph, state.sizeMode);
      sidebar();
      layout?.start(3_000);
    }
  }
  state.focus = { key, hops, nodes: neighbourhood(graph, key, hops) };
  refresh();
}

async function suggest(q: string): Promise<Suggestion[]> {
  if (origin === 'server') return api.search(q);
  return graph ? localSuggestions(graph, q) : [];
}

setupSearch({
  input: byId<HTMLInputElement>('search-input'),
  list: byId('search-suggestions'),
  suggest,
  choose: (s) => void selectNode(s.key),
});

ui.layoutToggle.addEventListener('click', () => {
  if (!layout) return;
  if (layout.running) layout.stop();
  else layout.start();
});

ui.colorMode.addEventListener('change', () => {
  state.colorMode = ui.colorMode.value as ColorMode;
  if (graph && state.colorMode === 'community') communities = applyCommunities(graph);
  sidebar();
  refresh();
});

ui.sizeMode.addEventListener('change', () => {
  state.sizeMode = ui.sizeMode.value as SizeMode;
  if (graph) applySizes(graph, state.sizeMode);
  refresh();
});

byId('export-png').addEventListener('click', () => {
  if (renderer) void exportPng(renderer);
});
/** Exports of a server graph fetch the evidence the page does not hold. */
const full = () => (origin === 'server' ? api.subgraph : undefined);
const exporting = (run: () => Promise<void>) =>
  run().catch((err: Error) => setStatus(`Export failed: ${err.message}`, true));
byId('export-json').addEventListener('click', () => {
  if (graph) void exporting(() => exportJson(graph as ViewerGraph, state, full()));
});
byId('export-gexf').addEventListener('click', () => {
  if (graph) void exporting(() => exportGexf(graph as ViewerGraph, state, full()));
});

/** Drag and drop (or the Open button): view a local file, no server needed. */
async function openFile(file: File): Promise<void> {
  try {
    const g = fromFile(file.name, await file.text());
    title = file.name;
    show(g, 'file');
  } catch (err) {
    setStatus((err as Error).message, true);
  }
}
ui.fileInput.addEventListener('change', () => {
  const f = ui.fileInput.files?.[0];
  if (f) void openFile(f);
  ui.fileInput.value = '';
});
let dragDepth = 0;
window.addEventListener('dragenter', (ev) => {
  ev.preventDefault();
  dragDepth++;
  ui.dropHint.hidden = false;
});
window.addEventListener('dragleave', () => {
  if (--dragDepth <= 0) ui.dropHint.hidden = true;
});
window.addEventListener('dragover', (ev) => ev.preventDefault());
window.addEventListener('drop', (ev) => {
  ev.preventDefault();
  dragDepth = 0;
  ui.dropHint.hidden = true;
  const f = ev.dataTransfer?.files[0];
  if (f) void openFile(f);
});

ui.cypherRun.addEventListener('click', async () => {
  ui.cypherStatus.textContent = 'Running…';
  ui.cypherStatus.classList.remove('error');
  try {
    const r = await api.cypher(ui.cypherInput.value);
    title = 'Cypher result';
    if (r.nodes.length > 0) show(fromCypher(r), 'cypher');
    byId('cypher-rows').replaceChildren(rowsTable(r.columns, r.rows));
    ui.cypherStatus.textContent = `${r.rows.length} row(s), ${r.nodes.length} node(s), ${r.relationships.length} relationship(s)`;
  } catch (err) {
    ui.cypherStatus.textContent = (err as Error).message;
    ui.cypherStatus.classList.add('error');
  }
});

/** The first rows of a Cypher result as a table of text. */
function rowsTable(columns: string[], rows: unknown[][]): HTMLElement {
  const cell = (v: unknown) =>
    el('td', {}, typeof v === 'string' ? v : (JSON.stringify(v)?.slice(0, 200) ?? ''));
  return el(
    'table',
    { className: 'rows' },
    el('tr', {}, ...columns.map((c) => el('th', {}, c))),
    ...rows.slice(0, 50).map((row) => el('tr', {}, ...row.map(cell))),
  );
}

/** Start: the server's graph, or an invitation to drop a file when there is no server. */
async function start(): Promise<void> {
  setStatus('Loading the graph…');
  try {
    info = await api.info();
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setStatus(
        'This server needs a token: open the address graphwire view printed (with #token=…).',
        true,
      );
      document.body.dataset.ready = 'true';
      return;
    }
    setStatus('No Graphwire server here: drop a graphology JSON, GEXF or GraphML file to view it.');
    document.body.dataset.ready = 'true';
    return;
  }
  ui.cypher.hidden = !info.cypher;
  try {
    // ?limit=N in the page address asks for more (or fewer) nodes up front.
    const limit = Number(new URLSearchParams(location.search).get('limit')) || undefined;
    const v = await api.graph(limit);
    total = v.total;
    show(fromSerialized(v.graph), 'server');
  } catch (err) {
    setStatus(`Could not load the graph: ${(err as Error).message}`, true);
  }
}

void start();
