import type { SerializedGraph } from 'graphology-types';
import type { NodeDetail, Suggestion } from './state';

/** The token given in the URL fragment (#token=...), kept for this tab only. */
function token(): string | undefined {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m?.[1]) {
    sessionStorage.setItem('graphwire-token', decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('graphwire-token') ?? undefined;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  const t = token();
  if (t) headers.set('Authorization', `Bearer ${t}`);
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `${path}: HTTP ${res.status}`);
  return body as T;
}

export interface Info {
  source: string;
  cypher: boolean;
  nodes: number;
  edges: number;
  defaultLimit: number;
}

export interface GraphView {
  graph: SerializedGraph;
  total: { nodes: number; edges: number };
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: {
    key: string;
    type: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
  }[];
}

const enc = encodeURIComponent;

export const api = {
  info: () => call<Info>('api/info'),
  graph: (limit?: number) => call<GraphView>(`api/graph${limit ? `?limit=${limit}` : ''}`),
  node: (key: string) => call<NodeDetail>(`api/node/${enc(key)}`),
  neighbourhood: (key: string, hops: number) =>
    call<GraphView>(`api/neighbourhood/${enc(key)}?hops=${hops}`),
  subgraph: (nodes: string[]) =>
    call<SerializedGraph>('api/subgraph', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nodes }),
    }),
  search: (q: string) => call<Suggestion[]>(`api/search?q=${enc(q)}&limit=12`),
  cypher: (query: string) =>
    call<CypherResult>('api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, params: {} }),
    }),
};
