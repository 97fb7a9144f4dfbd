import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { makeWarc, warcRecord } from '../helpers/documents.js';
import { collect } from './collect.js';

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body><nav>Home | World</nav><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

const records = () => [
  warcRecord(
    { uri: 'https://news.example.org/robots.txt', date: '2024-01-01T00:00:00Z', body: 'x' },
    'request',
  ),
  warcRecord({
    uri: 'https://news.example.org/quake',
    date: '2024-01-02T03:04:05Z',
    body: page(
      'Quake in Noto',
      'An earthquake struck the Noto peninsula in Ishikawa on Monday. '.repeat(3),
    ),
  }),
  warcRecord({
    uri: 'https://news.example.org/logo.png',
    date: '2024-01-02T03:04:06Z',
    type: 'image/png',
    body: 'PNG',
  }),
  warcRecord({
    uri: 'https://news.example.org/missing',
    date: '2024-01-02T03:04:07Z',
    status: 404,
    body: page('Not found', 'Nothing here.'),
  }),
  warcRecord({
    uri: 'https://news.example.org/ferry',
    date: '2024-01-03T10:00:00Z',
    body: page('Ferry delayed', 'Storms delayed the ferry from Helsinki to Tallinn. '.repeat(3)),
  }),
];

describe('web archives', () => {
  it('reads each HTML response record through the HTML reader, id and url from the target URI', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crawl.warc'), makeWarc(records()));
    writeFileSync(join(dir, 'crawl2.warc.gz'), makeWarc(records().slice(0, 2), true));
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => [d.id, d.url, d.date])).toEqual([
      ['https://news.example.org/quake', 'https://news.example.org/quake', '2024-01-02'],
      ['https://news.example.org/ferry', 'https://news.example.org/ferry', '2024-01-03'],
      ['https://news.example.org/quake', 'https://news.example.org/quake', '2024-01-02'],
    ]);
    expect(docs[0]?.title).toBe('Quake in Noto');
    expect(docs[0]?.text).toContain(
      'An earthquake struck the Noto peninsula in Ishikawa on Monday.',
    );
    expect(docs[0]?.text).not.toContain('Home | World');
  });

  it('keeps the records before a broken one and reports the broken one by number', async () => {
    const dir = tempDir();
    const good = records();
    const broken = Buffer.from(
      'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>cut',
    );
    writeFileSync(join(dir, 'broken.warc'), Buffer.concat([makeWarc(good.slice(0, 2)), broken]));
    writeFileSync(join(dir, 'not-warc.warc'), 'hello, this is not an archive');
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['https://news.example.org/quake']);
    expect(skips.map((s) => s.source.split('/').pop())).toEqual(['broken.warc', 'not-warc.warc']);
    expect(skips[0]?.reason).toMatch(/^record 3/);
    for (const s of skips) expect(s.reason).not.toMatch(/\n/);
  });
});
