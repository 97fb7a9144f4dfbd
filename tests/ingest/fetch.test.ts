import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { makePdf } from '../helpers/documents.js';
import { collect } from './collect.js';

const ARTICLE = `<html><head><title>Bridge reopens</title>
<link rel="canonical" href="https://city.example.org/bridge"></head>
<body><nav>Home</nav><article><h1>Bridge reopens</h1><p>${'The old bridge over the Vltava in Prague reopened on Sunday after repairs. '.repeat(3)}</p></article></body></html>`;

interface Seen {
  path: string;
  ua: string | undefined;
  at: number;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let inFlight = 0;
let maxInFlight = 0;
let pdf: Uint8Array;

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  seen.push({ path, ua: req.headers['user-agent'], at: Date.now() });
  const send = (status: number, type: string, body: string | Uint8Array, extra = {}) => {
    res.writeHead(status, { 'content-type': type, ...extra });
    res.end(body);
  };
  const fixed: Record<string, [number, string, string | Uint8Array, Record<string, string>?]> = {
    '/robots.txt': [200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'],
    '/article': [200, 'text/html; charset=utf-8', ARTICLE],
    '/report.pdf': [200, 'application/pdf', pdf],
    '/moved': [301, 'text/plain', '', { location: '/article' }],
    '/loop-a': [302, 'text/plain', '', { location: '/loop-b' }],
    '/loop-b': [302, 'text/plain', '', { location: '/loop-a' }],
    '/to-ftp': [302, 'text/plain', '', { location: 'ftp://files.example.org/x' }],
    '/private/memo': [200, 'text/html', '<p>secret</p>'],
    '/image': [200, 'image/png', new Uint8Array([137, 80, 78, 71])],
  };
  const hit = fixed[path];
  if (hit) {
    send(hit[0], hit[1], hit[2], hit[3]);
    return;
  }
  if (path === '/slow') {
    // Headers at once, then a body that never finishes in time.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>Start');
    setTimeout(() => res.end('</p></body></html>'), 5000).unref();
    return;
  }
  if (path === '/huge') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(64 << 10)}</p>`;
    let sent = 0;
    const pump = () => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent >= 64) res.end();
      else res.once('drain', pump);
    };
    res.on('error', () => {});
    pump();
    return;
  }
  if (path.startsWith('/count/')) {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      send(200, 'text/plain; charset=utf-8', `Note ${path.slice(7)} from the desk in Oslo.`);
    }, 30);
    return;
  }
  send(404, 'text/plain', 'not found');
}

beforeAll(async () => {
  pdf = await makePdf([{ lines: ['The port of Rotterdam published its yearly figures.'] }]);
  server = createServer(route);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const quick = { delayMs: 0, timeoutMs: 1500, maxRedirects: 3 };

describe('fetching URLs', () => {
  it('reads an HTML page and a PDF, follows a redirect, and says who is asking', async () => {
    seen.length = 0;
    const { docs, skips } = await collect(
      [`${base}/article`, `${base}/report.pdf`, `${base}/moved`],
      {
        fetch: quick,
      },
    );
    expect(skips).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual([
      `${base}/article`,
      `${base}/report.pdf`,
      `${base}/moved`,
    ]);
    expect(docs[0]?.title).toBe('Bridge reopens');
    expect(docs[0]?.text).toContain('reopened on Sunday');
    expect(docs[0]?.text).not.toContain('Home');
    expect(docs[0]?.url).toBe('https://city.example.org/bridge');
    expect(docs[1]?.text).toBe('The port of Rotterdam published its yearly figures.');
    expect(docs[1]?.url).toBe(`${base}/report.pdf`);
    expect(docs[2]?.hash).toBe(docs[0]?.hash);
    // robots.txt is asked once for the host, before any page.
    expect(seen.filter((s) => s.path === '/robots.txt')).toHaveLength(1);
    expect(seen[0]?.path).toBe('/robots.txt');
    for (const s of seen) expect(s.ua).toMatch(/^graphwire\/\d/);
  });

  it('reports each failure on one line naming the URL, and goes on with the rest', async () => {
    const dir = tempDir();
    const list = join(dir, 'urls.txt');
    const urls = [
      `${base}/missing`,
      `${base}/loop-a`,
      `${base}/private/memo`,
      `${base}/slow`,
      `${base}/huge`,
      `${base}/image`,
      `${base}/to-ftp`,
      'ftp://files.example.org/report.pdf',
      `${base}/article`,
    ];
    writeFileSync(list, `# morning list\n${urls.join('\n')}\n\n`);
    const { docs, skips } = await collect([], {
      urlLists: [list],
      maxDocBytes: 1 << 20,
      fetch: quick,
    });
    expect(docs.map((d) => d.id)).toEqual([`${base}/article`]);
    expect(skips.map((s) => s.source)).toEqual(urls.slice(0, -1));
    const reason = Object.fromEntries(skips.map((s) => [new URL(s.source).pathname, s.reason]));
    expect(reason['/missing']).toBe('HTTP 404 Not Found');
    expect(reason['/loop-a']).toBe('too many redirects (more than 3)');
    expect(reason['/private/memo']).toMatch(
      /^robots\.txt of 127\.0\.0\.1:\d+ forbids \/private\/memo$/,
    );
    expect(reason['/slow']).toBe('timed out after 1.5 s');
    expect(reason['/huge']).toBe('over the limit of 1.0 MB');
    expect(reason['/image']).toBe('unsupported content type "image/png"');
    expect(reason['/to-ftp']).toBe('only http and https URLs are fetched, got ftp:');
    expect(reason['/report.pdf']).toBe('only http and https URLs are fetched, got ftp:');
    for (const s of skips) expect(s.reason).not.toMatch(/\n/);
    // The forbidden page was never requested.
    expect(seen.some((s) => s.path === '/private/memo')).toBe(false);
  });

  it('sends at most the allowed number of requests to one host at once, and keeps the list order', async () => {
    maxInFlight = 0;
    const urls = Array.from({ length: 8 }, (_, i) => `${base}/count/${i}`);
    const one = await collect(urls, { fetch: { ...quick, perHost: 1, concurrency: 4 } });
    expect(maxInFlight).toBe(1);
    expect(one.docs.map((d) => d.text)).toEqual(
      urls.map((_, i) => `Note ${i} from the desk in Oslo.`),
    );
    maxInFlight = 0;
    await collect(urls, { fetch: { ...quick, perHost: 3, concurrency: 8 } });
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });

  it('waits the delay between two requests to the same host', async () => {
    seen.length = 0;
    await collect([`${base}/count/a`, `${base}/count/b`], { fetch: { ...quick, delayMs: 300 } });
    const pages = seen.filter((s) => s.path.startsWith('/count/'));
    expect(pages).toHaveLength(2);
    expect((pages[1]?.at ?? 0) - (pages[0]?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });
});
