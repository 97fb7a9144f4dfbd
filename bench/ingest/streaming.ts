/**
 * bench/ingest/streaming: peak memory while reading a big mbox and a big web
 * archive, against the size of the file.
 *
 *   npm run build && npx tsx bench/ingest/streaming.ts [--mb 1024]
 *
 * Writes, in a temporary folder, an mbox and a WARC of about --mb megabytes
 * each (default 1024), then reads each in a fresh process through the built
 * readers (dist/ingest) and prints documents, seconds and peak RSS; beside
 * them, the peak RSS of the same process reading one small text file (the
 * baseline: what Node and the loaded libraries take). The mbox holds text
 * messages from Reuters-21578 stories (../shared) with a 512 KB picture
 * attached to every 25th; the WARC holds one HTML page for each 1 MB image
 * record, as crawls of news sites do. Target: peak RSS under 500 MB.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSgml } from '../../src/ingest/index.js';
import { reutersFiles, root } from './corpus.mjs';

const args = process.argv.slice(2);
const mbAt = args.indexOf('--mb');
const targetBytes = (mbAt >= 0 ? Number(args[mbAt + 1]) || 1024 : 1024) * 1048576;

async function stories(n: number): Promise<string[]> {
  const out: string[] = [];
  for (const file of reutersFiles()) {
    for await (const it of readSgml(file, file)) {
      if (it.kind === 'doc' && it.doc.text.length > 600) out.push(it.doc.text);
      if (out.length >= n) return out;
    }
  }
  return out;
}

/** Pseudo-random bytes from a seed: an incompressible "picture". */
function noise(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size);
  let x = seed | 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b.writeInt32LE(x | 0, i);
  }
  return b;
}

function writeMbox(path: string, texts: string[]): number {
  const fd = openSync(path, 'w');
  const picture = noise(512 << 10, 7)
    .toString('base64')
    .replace(/.{76}/g, '$&\n');
  let size = 0;
  let n = 0;
  while (size < targetBytes) {
    const text = (texts[n % texts.length] as string).replace(/^From /gm, '>From ');
    const head = `From desk@example.org Thu Feb 26 15:01:01 1987\nFrom: Desk <desk@example.org>\nTo: archive@example.org\nSubject: Story ${n}\nDate: Thu, 26 Feb 1987 15:01:01 +0000\nMessage-ID: <story-${n}@example.org>\nMIME-Version: 1.0\n`;
    const msg =
      n % 25 === 24
        ? `${head}Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n${text}\n--b\nContent-Type: image/jpeg; name="p.jpg"\nContent-Disposition: attachment; filename="p.jpg"\nContent-Transfer-Encoding: base64\n\n${picture}\n--b--\n\n`
        : `${head}Content-Type: text/plain; charset=utf-8\n\n${text}\n\n`;
    size += writeSync(fd, msg);
    n++;
  }
  closeSync(fd);
  return n;
}

function record(uri: string, type: string, body: Buffer): Buffer {
  const http = Buffer.concat([
    Buffer.from(
      `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`,
    ),
    body,
  ]);
  return Buffer.concat([
    Buffer.from(
      `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 1987-02-26T15:01:01Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`,
    ),
    http,
    Buffer.from('\r\n\r\n'),
  ]);
}

function writeWarc(path: string, texts: string[]): number {
  const fd = openSync(path, 'w');
  const image = noise(1 << 20, 11);
  let size = 0;
  let n = 0;
  while (size < targetBytes) {
    const [title, ...rest] = (texts[n % texts.length] as string).split('\n\n');
    const page = `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav><article><h1>${title}</h1>${rest.map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}</article><footer>Example footer</footer></body></html>`;
    size += writeSync(
      fd,
      record(`https://news.example.org/story/${n}`, 'text/html; charset=utf-8', Buffer.from(page)),
    );
    size += writeSync(fd, record(`https://news.example.org/img/${n}.jpg`, 'image/jpeg', image));
    n++;
  }
  closeSync(fd);
  return n;
}

interface Measured {
  docs: number;
  skips: number;
  seconds: number;
  peakRssMB: number;
}

/** Reads `path` with the built readers in a fresh process. */
function measure(path: string): Measured {
  const dist = pathToFileURL(join(root, 'dist/ingest/index.js')).href;
  const script = `
    const { readDocuments } = await import(${JSON.stringify(dist)});
    const t0 = performance.now();
    let docs = 0, skips = 0;
    for await (const it of readDocuments([${JSON.stringify(path)}])) it.kind === 'doc' ? docs++ : skips++;
    console.log(JSON.stringify({ docs, skips, seconds: (performance.now() - t0) / 1000,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`reading ${path}: exit ${r.status}\n${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

const dir = mkdtempSync(join(tmpdir(), 'gw-bench-stream-'));
try {
  const texts = await stories(2000);
  const small = join(dir, 'one.txt');
  writeFileSync(small, texts[0] as string);
  const mbox = join(dir, 'big.mbox');
  const warc = join(dir, 'big.warc');
  const messages = writeMbox(mbox, texts);
  const pages = writeWarc(warc, texts);
  const mb = (p: string) => (statSync(p).size / 1048576).toFixed(0);
  console.log(
    `bench/ingest/streaming: an mbox of ${mb(mbox)} MB (${messages} messages) and a WARC of ${mb(warc)} MB (${pages} HTML pages, ${pages} images)\n`,
  );
  const base = measure(small);
  const rows: [string, Measured][] = [
    ['one .txt (baseline)', base],
    [`mbox ${mb(mbox)} MB`, measure(mbox)],
    [`WARC ${mb(warc)} MB`, measure(warc)],
  ];
  for (const [label, m] of rows) {
    console.log(
      `${label.padEnd(22)} ${String(m.docs).padStart(7)} docs ${String(m.skips).padStart(4)} skips ${m.seconds.toFixed(1).padStart(7)} s ` +
        `peak RSS ${String(m.peakRssMB).padStart(5)} MB (${(m.peakRssMB / base.peakRssMB).toFixed(2)}x the baseline)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
