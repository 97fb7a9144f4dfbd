import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectFormat, sniffFormat } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import {
  makeDocx,
  makeEmail,
  makeMbox,
  makePdf,
  makeWarc,
  warcRecord,
} from '../helpers/documents.js';
import { collect } from './collect.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('format by content', () => {
  it('recognises each format by its first bytes, and nothing from plain text or JSONL', async () => {
    const mail = makeEmail({
      from: 'a@example.org',
      subject: 'S',
      date: 'Mon, 1 Jan 2024 00:00:00 +0000',
      text: 'Hi.',
    });
    const warc = makeWarc([
      warcRecord({ uri: 'https://e.org/', date: '2024-01-01', body: '<p>x</p>' }),
    ]);
    expect(sniffFormat(await makePdf([{ lines: ['x'] }]))).toBe('pdf');
    expect(sniffFormat(makeDocx(['x']))).toBe('docx');
    expect(sniffFormat(warc)).toBe('warc');
    expect(
      sniffFormat(
        makeWarc([warcRecord({ uri: 'https://e.org/', date: '2024-01-01', body: 'x' })], true),
      ),
    ).toBe('warc');
    expect(sniffFormat(bytes(mail))).toBe('eml');
    expect(sniffFormat(bytes(makeMbox([mail])))).toBe('mbox');
    expect(
      sniffFormat(bytes('<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0"><channel/></rss>')),
    ).toBe('feed');
    expect(sniffFormat(bytes('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe(
      'feed',
    );
    expect(sniffFormat(bytes('<rdf:RDF xmlns:rdf="x"></rdf:RDF>'))).toBe('feed');
    expect(sniffFormat(bytes('{"version": "https://jsonfeed.org/version/1.1", "items": []}'))).toBe(
      'feed',
    );
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(bytes('The mayor of Lyon spoke on Monday.'))).toBeUndefined();
    expect(sniffFormat(bytes('{"id": "1", "text": "A line of JSONL."}\n'))).toBeUndefined();
    expect(sniffFormat(bytes('Note: the meeting is at noon.\nThanks.'))).toBeUndefined();
    expect(sniffFormat(new Uint8Array())).toBeUndefined();
  });

  it('lets the bytes of a container or feed outrank the name, and the name decide the rest', () => {
    const pdf = bytes('%PDF-1.7\n');
    expect(detectFormat('report.txt', pdf)).toBe('pdf');
    expect(detectFormat('news.html', bytes('<rss version="2.0"></rss>'))).toBe('feed');
    expect(detectFormat('notes.txt', bytes('From: a@example.org\nSubject: x\n\nbody'))).toBe('txt');
    expect(detectFormat('message', bytes('From: a@example.org\nSubject: x\n\nbody'))).toBe('eml');
    expect(detectFormat('story.md', bytes('<!doctype html><p>x</p>'))).toBe('md');
    expect(detectFormat('report.txt', pdf, 'txt')).toBe('txt');
  });

  it('reads files without an extension by content in a folder, and leaves unknown ones alone', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'forwarded'),
      makeEmail({
        from: 'a@example.org',
        subject: 'Fwd',
        date: 'Mon, 1 Jan 2024 00:00:00 +0000',
        messageId: 'f-1@example.org',
        text: 'Troops left Kherson.',
      }),
    );
    writeFileSync(join(dir, 'LICENSE'), 'Permission is hereby granted, free of charge.');
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(['f-1@example.org']);
  });

  it('reads a file as --format says, and standard input by its content', async () => {
    const dir = tempDir();
    const f = join(dir, 'notes.data');
    writeFileSync(f, 'The port of Genoa reopened.');
    expect((await collect([f])).skips[0]?.reason).toMatch(/^unknown file type/);
    expect((await collect([f], { format: 'txt' })).docs.map((d) => d.text)).toEqual([
      'The port of Genoa reopened.',
    ]);
    const stdin = Readable.from([
      Buffer.from(await makePdf([{ lines: ['Piped from a PDF in Turin.'] }])),
    ]);
    const piped = await collect(['-'], { stdin });
    expect(piped.docs.map((d) => [d.id, d.text])).toEqual([
      ['stdin', 'Piped from a PDF in Turin.'],
    ]);
  });
});
