import { timingSafeEqual } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, isGraphwireError } from '../errors.js';
import { type FilterOptions, filterGraph, isFiltered } from '../graph/index.js';
import { assertReadOnlyCypher } from './cypher-guard.js';
import { GraphIndex } from './graph-views.js';
import type { GraphSource, ServerOptions } from './types.js';

export const DEFAULTS: Required<Omit<ServerOptions, 'token'>> = {
  host: '127.0.0.1',
  port: 7475,
  staticDir: fileURLToPath(new URL('../../viewer/dist', import.meta.url)),
  maxBodyBytes: 64 * 1024,
  queryTimeoutMs: 10_000,
  maxRows: 5_000,
  defaultLimit: 1_500,
  maxLimit: 200_000,
};

/**
 * The Content-Security-Policy of every response: scripts only from the
 * server itself (no inline script, no eval); the layout worker is a blob.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface ViewerServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function resolveOptions(options: ServerOptions | undefined) {
  const o = { ...DEFAULTS, ...options };
  for (const k of [
    'maxBodyBytes',
    'queryTimeoutMs',
    'maxRows',
    'defaultLimit',
    'maxLimit',
  ] as const)
    if (!(Number.isInteger(o[k]) && o[k] > 0))
      throw new HttpError(500, `server option ${k} must be a positive integer`);
  return o;
}

/**
 * Serves the built viewer and the graph API:
 *   GET  /api/info                    what the source is, graph size, whether Cypher works
 *   GET  /api/graph?limit=N           the N best-connected nodes and their edges
 *        &since=&until=&near=&withinKm=  ... of the graph filtered by time and place
 *   GET  /api/node/:key               a node with every relation and its evidence
 *   GET  /api/neighbourhood/:key?hops the N-hop neighbourhood of a node
 *   GET  /api/search?q=               name and alias suggestions
 *   POST /api/subgraph {nodes}        given nodes with every attribute, for exports
 *   POST /api/cypher                  read-only Cypher, only with a Neo4j source
 * Binds 127.0.0.1 by default; with a token every /api call needs it.
 */
export async function startViewerServer(
  source: GraphSource,
  options?: ServerOptions,
): Promise<ViewerServer> {
  const o = resolveOptions(options);
  const index = new GraphIndex(await source.graph());
  const staticRoot = await realpath(o.staticDir).catch(() => resolve(o.staticDir));
  const token = options?.token ? Buffer.from(options.token) : undefined;
  const loopback = o.host === '127.0.0.1' || o.host === 'localhost' || o.host === '::1';

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : isGraphwireError(err) ? 400 : 500;
      const message =
        err instanceof HttpError || isGraphwireError(err)
          ? (err as Error).message
          : 'internal error';
      if (status === 500) process.stderr.write(`graphwire view: ${String(err)}\n`);
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (loopback && !hostAllowed(req.headers.host))
      throw new HttpError(421, 'unexpected Host header (the viewer serves localhost only)');
    if (url.pathname.startsWith('/api/')) {
      checkToken(req);
      return api(req, res, url);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'method not allowed');
    return serveStatic(res, url.pathname, req.method === 'HEAD');
  }

  function hostAllowed(host: string | undefined): boolean {
    if (!host) return false;
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '127.0.0.1' || name === '::1';
  }

  function checkToken(req: IncomingMessage): void {
    if (!token) return;
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const given = Buffer.from(m?.[1] ?? '');
    if (given.length !== token.length || !timingSafeEqual(given, token))
      throw new HttpError(401, 'missing or wrong token');
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (path === '/api/cypher') {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST for /api/cypher');
      return cypher(req, res);
    }
    if (path === '/api/subgraph') {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST for /api/subgraph');
      const body = await readJson(req, o.maxBodyBytes * 16);
      const keys = (body as { nodes?: unknown }).nodes;
      if (!Array.isArray(keys) || keys.length > o.maxLimit)
        throw new HttpError(400, `body.nodes: expected an array of at most ${o.maxLimit} keys`);
      return sendJson(res, 200, index.subgraph(keys as string[]));
    }
    if (req.method !== 'GET') throw new HttpError(405, 'method not allowed');
    if (path === '/api/info') {
      return sendJson(res, 200, {
        source: source.description,
        cypher: Boolean(source.cypher),
        nodes: index.graph.order,
        edges: index.graph.size,
        defaultLimit: o.defaultLimit,
      });
    }
    if (path === '/api/graph') {
      const limit = intParam(url, 'limit', o.defaultLimit, o.maxLimit);
      return sendJson(res, 200, filteredIndex(url).top(limit));
    }
    if (path === '/api/search') {
      const q = url.searchParams.get('q') ?? '';
      if (q.length > 200) throw new HttpError(400, 'q: at most 200 characters');
      return sendJson(res, 200, index.search(q, intParam(url, 'limit', 10, 50)));
    }
    const m = /^\/api\/(node|neighbourhood)\/(.+)$/.exec(path);
    if (m) {
      const key = decodeURIComponent(m[2] as string);
      const body =
        m[1] === 'node'
          ? index.node(key)
          : index.neighbourhood(
              key,
              intParam(url, 'hops', 1, 4),
              intParam(url, 'limit', 500, o.maxLimit),
            );
      if (!body) throw new HttpError(404, `no node ${JSON.stringify(key)}`);
      return sendJson(res, 200, body);
    }
    throw new HttpError(404, `no route ${path}`);
  }

  /**
   * The index of the graph filtered by `since`, `until`, `near` and `withinKm`
   * (as `graphwire export` filters it; see graph/filter.ts), or the whole
   * graph's when none is given. The last few filtered indexes are kept.
   */
  const filtered = new Map<string, GraphIndex>();
  function filteredIndex(url: URL): GraphIndex {
    const p = url.searchParams;
    const filters: FilterOptions = {};
    for (const k of ['since', 'until', 'near'] as const) {
      const v = p.get(k);
      if (v !== null && v !== '') {
        if (v.length > 200) throw new HttpError(400, `${k}: at most 200 characters`);
        filters[k] = v;
      }
    }
    const km = p.get('withinKm');
    if (km !== null && km !== '') {
      const n = Number(km);
      if (!Number.isFinite(n) || n < 0) throw new HttpError(400, 'withinKm: expected kilometres');
      filters.withinKm = n;
    }
    if (!isFiltered(filters)) return index;
    const key = JSON.stringify(filters);
    let hit = filtered.get(key);
    if (!hit) {
      hit = new GraphIndex(filterGraph(index.graph, filters));
      if (filtered.size >= 8) filtered.delete(filtered.keys().next().value as string);
      filtered.set(key, hit);
    }
    return hit;
  }

  async function cypher(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!source.cypher)
      throw new HttpError(501, 'Cypher needs a Neo4j source: run graphwire view --neo4j');
    const body = (await readJson(req, o.maxBodyBytes)) as { query?: unknown; params?: unknown };
    if (typeof body.query !== 'string') throw new HttpError(400, 'body.query: expected a string');
    const params = body.params ?? {};
    if (typeof params !== 'object' || params === null || Array.isArray(params))
      throw new HttpError(400, 'body.params: expected an object');
    assertReadOnlyCypher(body.query);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HttpError(504, `query took longer than ${o.queryTimeoutMs} ms`)),
        o.queryTimeoutMs,
      );
    });
    try {
      const result = await Promise.race([
        source.cypher(body.query, params as Record<string, unknown>, {
          timeoutMs: o.queryTimeoutMs,
          maxRows: o.maxRows,
        }),
        timeout,
      ]);
      sendJson(res, 200, result);
    } finally {
      clearTimeout(timer);
    }
  }

  async function serveStatic(res: ServerResponse, pathname: string, head: boolean): Promise<void> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, 'bad path');
    }
    if (rel.includes('\0')) throw new HttpError(400, 'bad path');
    if (rel.endsWith('/')) rel += 'index.html';
    const file = resolve(join(staticRoot, rel));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep))
      throw new HttpError(404, 'not found');
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
    } catch {
      if (rel === '/index.html')
        throw new HttpError(
          500,
          `the viewer is not built (${staticRoot} has no index.html): run npm run build`,
        );
      throw new HttpError(404, 'not found');
    }
    if (!info.isFile()) throw new HttpError(404, 'not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': rel.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(head ? undefined : await readFile(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        new ConfigError(
          err.code === 'EADDRINUSE'
            ? `port ${o.port} on ${o.host} is in use: pick another with --port`
            : `cannot listen on ${o.host}:${o.port} (${err.code ?? err.message})`,
          { cause: err },
        ),
      ),
    );
    server.listen(o.port, o.host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}/`,
    host: addr.address,
    port: addr.port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function intParam(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, `${name}: expected an integer >= 0`);
  return Math.min(n, max);
}

/** A JSON request body of at most `max` bytes (415, 413 or 400 otherwise). */
async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HttpError(415, 'send application/json');
  const raw = await readBody(req, max);
  try {
    const body: unknown = JSON.parse(raw);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error();
    return body;
  } catch {
    throw new HttpError(400, 'body: expected a JSON object');
  }
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((ok, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      fail(new HttpError(413, `request body larger than ${max} bytes`));
      req.resume();
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Stop keeping the body but drain it, so the 413 answer still reaches the client.
        req.removeAllListeners('data');
        req.resume();
        fail(new HttpError(413, `request body larger than ${max} bytes`));
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(parts).toString('utf8')));
    req.on('error', fail);
  });
}
