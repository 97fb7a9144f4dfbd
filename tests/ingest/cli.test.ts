import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphwire, tempDir } from '../helpers/cli.js';
import { makeDocx, makeEmail, makePdf } from '../helpers/documents.js';

interface Span {
  doc: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The new formats through the real command: documents stored with evidence
 * that points into their text, one line per bad file, the summary's count of
 * feed items that had only a summary, and URLs fetched from a local server.
 */
describe('graphwire ingest with PDF, DOCX, feeds, e-mail and URLs', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus');
  let server: Server;
  let base = '';

  beforeAll(async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, 'briefing.pdf'),
      await makePdf([
        { lines: ['Police in Lyon arrested Jean Dupont on Monday.'] },
        { lines: ['The mayor of Lyon, Anne Martin, praised the police.'] },
      ]),
    );
    writeFileSync(
      join(corpus, 'memo.docx'),
      makeDocx(['# Memo', 'The governor of Oregon, Kate Brown, visited Salem on Friday.']),
    );
    writeFileSync(
      join(corpus, 'wire.rss'),
      `<rss version="2.0"><channel><title>Wire</title>
       <item><guid>w-1</guid><title>Talks in Geneva</title><description>Diplomats from Norway met in Geneva on Tuesday.</description></item>
       </channel></rss>`,
    );
    writeFileSync(
      join(corpus, 'tip.eml'),
      makeEmail({
        from: 'desk@example.org',
        subject: 'Tip',
        date: 'Mon, 4 Mar 2024 09:00:00 +0000',
        messageId: 'tip-9@example.org',
        text: 'Officials in Nairobi met on Friday.',
      }),
    );
    writeFileSync(join(corpus, 'zz-broken.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<<'));
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          `<html><head><title>Flood</title></head><body><article><p>${'Floods in Porto Alegre forced thousands from their homes on Sunday. '.repeat(3)}</p></article></body></html>`,
        );
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  });

  it('stores every document, reports the broken one on one line, and counts summary-only items', async () => {
    const db = join(dir, 'db');
    const r = await graphwire(['ingest', corpus, '--db', db, '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.ingested).toBe(4);
    expect(summary.skipped).toBe(1);
    expect(summary.summaryOnly).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^graphwire: skipped .*zz-broken\.pdf: not a readable PDF/);

    const graph = JSON.parse((await graphwire(['export', '--db', db])).stdout);
    const docs = new Set<string>();
    for (const n of graph.nodes) for (const m of n.attributes.mentions as Span[]) docs.add(m.doc);
    expect([...docs].sort()).toEqual(['briefing.pdf', 'memo.docx', 'tip-9@example.org', 'w-1']);
    const names = graph.nodes.map((n: { attributes: { name: string } }) => n.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['Lyon', 'Geneva', 'Nairobi']));
  });

  it('reports bad input of every new kind on one line each, and keeps what the store held', async () => {
    const db = join(dir, 'kept-db');
    expect((await graphwire(['ingest', corpus, '--db', db, '--workers', '1'])).code).toBe(0);
    const before = JSON.parse((await graphwire(['export', '--db', db])).stdout);
    const bad = join(dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bad);
    const pdf = await makePdf([{ lines: ['Cut short.'] }]);
    writeFileSync(join(bad, 'a-truncated.pdf'), pdf.subarray(0, pdf.length >> 1));
    writeFileSync(join(bad, 'b-not-word.docx'), Buffer.from('PK\u0003\u0004broken'));
    writeFileSync(join(bad, 'c-malformed.rss'), '<rss><channel><item><title>x</item></rss>');
    writeFileSync(
      join(bad, 'd-binary.eml'),
      'From: a@example.org\r\nSubject: x\r\nMessage-ID: <bin@example.org>\r\n\r\nA\u0000B',
    );
    writeFileSync(
      join(bad, 'e-broken.warc'),
      'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\ncut',
    );
    const r = await graphwire(['ingest', bad, '--db', db, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 0, skipped: 5 });
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const [i, name] of [
      'a-truncated.pdf',
      'b-not-word.docx',
      'c-malformed.rss',
      'd-binary.eml',
      'e-broken.warc',
    ].entries()) {
      expect(lines[i]).toContain(name);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const after = JSON.parse((await graphwire(['export', '--db', db])).stdout);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.edges.length).toBe(before.edges.length);
  });

  it('fetches a URL given on the command line, and skips it as unchanged the second time', async () => {
    const db = join(dir, 'url-db');
    const args = [
      'ingest',
      `${base}/story`,
      `${base}/gone`,
      '--db',
      db,
      '--json',
      '--fetch-delay-ms',
      '0',
    ];
    const first = await graphwire(args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ ingested: 1, skipped: 1 });
    expect(first.stderr.trim()).toBe(`graphwire: skipped ${base}/gone: HTTP 404 Not Found`);
    const again = JSON.parse((await graphwire(args)).stdout);
    expect(again).toMatchObject({ ingested: 0, unchanged: 1 });
  });

  it('fetches the URLs of a --urls list', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${base}/story\n`);
    const r = await graphwire([
      'ingest',
      '--urls',
      list,
      '--db',
      join(dir, 'list-db'),
      '--json',
      '--fetch-delay-ms',
      '0',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 1, skipped: 0 });
  });

  it('asks for something to read when given nothing', async () => {
    const r = await graphwire(['ingest', '--db', join(dir, 'none')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--urls/);
  });
});
