import { createRequire } from 'node:module';
import { contentHash } from './hash.js';
import type { Format, ReadItem } from './types.js';

export interface FetchOptions {
  /** Sent with every request, robots.txt included. */
  userAgent?: string;
  /** Most requests in flight to one host. */
  perHost?: number;
  /** Most requests in flight in all. */
  concurrency?: number;
  /** Pause after each request to a host before the next one to it starts, in ms. */
  delayMs?: number;
  /** Longest a request (headers and body) may take, in ms. */
  timeoutMs?: number;
  /** Largest body read, in bytes. */
  maxBytes?: number;
  /** Most redirects followed for one URL. */
  maxRedirects?: number;
  /** Obey robots.txt (on by default). */
  robots?: boolean;
}

const version = (createRequire(import.meta.url)('../../package.json') as { version: string })
  .version;

export const DEFAULTS: Required<FetchOptions> = {
  userAgent: `graphwire/${version} (offline knowledge-graph builder; obeys robots.txt)`,
  perHost: 1,
  concurrency: 4,
  delayMs: 1000,
  timeoutMs: 20_000,
  maxBytes: 16 << 20,
  maxRedirects: 5,
  robots: true,
};

/** Turns a fetched body into documents (read.ts passes its readers). */
export type BodyReader = (
  format: Format,
  id: string,
  bytes: Uint8Array,
  source: string,
) => AsyncIterable<ReadItem>;

/** Why a fetch failed: one line, the run goes on. */
class FetchFailure extends Error {}

/** Per-host slots: at most `perHost` at once, and a pause after each. */
class Hosts {
  private readonly busy = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(host: string, job: () => Promise<T>): Promise<T> {
    if ((this.busy.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((ok) => {
        const q = this.waiting.get(host) ?? [];
        q.push(ok);
        this.waiting.set(host, q);
      });
    } else this.busy.set(host, (this.busy.get(host) ?? 0) + 1);
    try {
      return await job();
    } finally {
      // Not unref()ed: a fetch waiting for this slot is all that may keep the process alive.
      setTimeout(() => this.release(host), this.delayMs);
    }
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    if (next) next();
    else this.busy.set(host, (this.busy.get(host) ?? 1) - 1);
  }
}

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
type RobotsParser = (url: string, body: string) => Robots;

interface Fetched {
  url: string;
  type: string;
  body: Uint8Array;
}

/** A URL list, one a line; blank lines and `#` comments skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function formatOfType(type: string): Format | undefined {
  const t = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/pdf') return 'pdf';
  if (t === 'text/plain') return 'txt';
  if (
    t === 'application/rss+xml' ||
    t === 'application/atom+xml' ||
    t === 'application/feed+json'
  ) {
    return 'feed';
  }
  return undefined;
}

/**
 * Fetches URLs politely and reads each page: HTML through the HTML reader,
 * PDF through the PDF reader (plain text and feeds too). Only http and https;
 * robots.txt is fetched once per host and obeyed; at most `perHost` requests
 * per host at once with `delayMs` between them; each request has a timeout,
 * a size limit and a redirect limit. A URL that fails is one skip naming it
 * and the reason. Documents come out in the order of the list; id is the URL
 * as listed, `url` the address it ended at.
 */
export async function* readUrls(
  urls: readonly string[],
  readBody: BodyReader,
  options?: FetchOptions,
): AsyncGenerator<ReadItem> {
  const opts = { ...DEFAULTS, ...options };
  const hosts = new Hosts(Math.max(1, opts.perHost), Math.max(0, opts.delayMs));
  const robotsOf = new Map<string, Promise<Robots | undefined>>();
  const parser = createRequire(import.meta.url)('robots-parser') as RobotsParser;

  const get = async (url: URL, accept: string): Promise<Response> => {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { 'user-agent': opts.userAgent, accept },
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    return res;
  };

  const body = async (res: Response, max: number): Promise<Uint8Array> => {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > max) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`${mb(declared)} MB, over the limit of ${mb(max)} MB`);
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > max) {
          await res.body.cancel().catch(() => undefined);
          throw new FetchFailure(`over the limit of ${mb(max)} MB`);
        }
        parts.push(chunk);
      }
    }
    return Buffer.concat(parts);
  };

  const robots = (url: URL): Promise<Robots | undefined> => {
    const key = url.origin;
    let got = robotsOf.get(key);
    if (!got) {
      const at = new URL('/robots.txt', url);
      got = hosts
        .run(url.host, async () => {
          try {
            const res = await get(at, 'text/plain');
            if (res.status >= 300) {
              await res.body?.cancel().catch(() => undefined);
              return undefined; // no robots.txt: everything is allowed
            }
            return parser(at.href, Buffer.from(await body(res, 512 << 10)).toString('utf8'));
          } catch {
            return undefined;
          }
        })
        .catch(() => undefined);
      robotsOf.set(key, got);
    }
    return got;
  };

  const fetchOne = async (raw: string): Promise<Fetched> => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchFailure('not a valid URL');
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchFailure(`only http and https URLs are fetched, got ${url.protocol}`);
      }
      if (opts.robots) {
        const rules = await robots(url);
        if (rules && rules.isAllowed(url.href, opts.userAgent) === false) {
          throw new FetchFailure(`robots.txt of ${url.host} forbids ${url.pathname}`);
        }
      }
      const current = url;
      const res = await hosts.run(current.host, async () => {
        const r = await get(current, 'text/html, application/pdf;q=0.9, */*;q=0.5');
        if (r.status >= 300 && r.status < 400) {
          await r.body?.cancel().catch(() => undefined);
          return { redirect: r.headers.get('location'), status: r.status };
        }
        if (r.status >= 400) {
          await r.body?.cancel().catch(() => undefined);
          throw new FetchFailure(`HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''}`);
        }
        return {
          fetched: {
            url: current.href,
            type: r.headers.get('content-type') ?? '',
            body: await body(r, opts.maxBytes),
          },
        };
      });
      if ('fetched' in res && res.fetched) return res.fetched;
      if (!('redirect' in res) || !res.redirect) {
        throw new FetchFailure(`HTTP ${res.status} redirect without a Location`);
      }
      if (hop >= opts.maxRedirects) {
        throw new FetchFailure(`too many redirects (more than ${opts.maxRedirects})`);
      }
      url = new URL(res.redirect, current);
    }
  };

  const attempt = (raw: string): Promise<Fetched | string> =>
    fetchOne(raw).catch((err: unknown) => {
      if (err instanceof FetchFailure) return err.message;
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
        return `timed out after ${opts.timeoutMs / 1000} s`;
      }
      const why = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
      return `cannot fetch (${String(why).split('\n')[0]})`;
    });

  // A window of fetches in flight, read back in list order.
  const window: Promise<Fetched | string>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < Math.max(1, opts.concurrency) && next < urls.length) {
      window.push(attempt(urls[next++] as string));
    }
  };
  for (let i = 0; i < urls.length; i++) {
    fill();
    const raw = urls[i] as string;
    const got = await (window.shift() as Promise<Fetched | string>);
    if (typeof got === 'string') {
      yield { kind: 'skip', skip: { source: raw, reason: got } };
      continue;
    }
    const format = formatOfType(got.type);
    if (!format) {
      yield {
        kind: 'skip',
        skip: { source: raw, reason: `unsupported content type ${JSON.stringify(got.type)}` },
      };
      continue;
    }
    for await (const item of readBody(format, raw, got.body, raw)) {
      if (item.kind === 'doc' && format !== 'feed') {
        item.doc.url ??= got.url;
        item.doc.source = raw;
        item.doc.hash = contentHash(item.doc);
      }
      yield item;
    }
  }
}

function mb(n: number): string {
  return (n / 1048576).toFixed(1);
}
