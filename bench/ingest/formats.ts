/**
 * bench/ingest/formats: what the PDF and feed readers cost, against plain text
 * of the same stories in the same run.
 *
 *   npm run build && npx tsx bench/ingest/formats.ts [--stories N] [--rounds N]
 *       [--workers 1,2] [--compare <another checkout, built>]
 *
 * Takes N Reuters-21578 stories (default 1000) from ../shared, and lays them
 * out, in a temporary folder, three ways: one .txt file each (the baseline),
 * one PDF each (50 lines a page, with a running header and page numbers) and
 * one RSS feed (one item each). Prints
 *   - reading alone: PDF pages/s, feed items/s, text files/s (best of N rounds);
 *   - a whole ingest (the real CLI) of each, for each worker count, with the
 *     share of its time spent reading, and the ratio of the PDF's and the
 *     feed's ingest time to the text files'. Target: reading adds at most 10%
 *     to an ingest whose extraction dominates. Rounds alternate the order of
 *     the three, and each is scored by its fastest run.
 *   - with --compare, the PDF ingest of another checkout (its bin/graphwire.js)
 *     in the same rounds: before and after a change, on the same machine load.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocuments, readSgml } from '../../src/ingest/index.js';
import { reutersFiles, root } from './corpus.mjs';

const args = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const at = args.indexOf(flag);
  return at >= 0 ? Math.max(1, Number(args[at + 1]) || dflt) : dflt;
};
const wanted = num('--stories', 1000);
const rounds = num('--rounds', 3);
const workerCounts = (
  args.includes('--workers') ? String(args[args.indexOf('--workers') + 1]) : '1,2'
)
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;

interface Story {
  title: string;
  body: string;
}

async function stories(): Promise<Story[]> {
  const out: Story[] = [];
  for (const file of reutersFiles()) {
    for await (const it of readSgml(file, file)) {
      if (it.kind !== 'doc' || it.doc.text.length < 400) continue;
      // Untitled stories (brief ones) have their body first: the title is empty then.
      const parts = it.doc.text.split('\n\n');
      const title = it.doc.title ? (parts.shift() as string) : '';
      out.push({ title, body: parts.join('\n\n') });
      if (out.length >= wanted) return out;
    }
  }
  return out;
}

/** Words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    let line = '';
    for (const w of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + w.length > width) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    lines.push('');
  }
  return lines;
}

/** WinAnsi (the standard fonts' encoding) cannot draw every character. */
const ansi = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');

/** One story as a PDF: 50 lines a page, a running header, page numbers. */
async function makePdf(story: Story): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle(ansi(story.title));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [...(story.title ? [ansi(story.title), ''] : []), ...wrap(ansi(story.body), 95)];
  let pages = 0;
  for (let i = 0; i < lines.length; i += 50) {
    const page = doc.addPage([595, 842]);
    pages++;
    page.drawText('Reuters-21578 stories, laid out for the benchmark', {
      x: 50,
      y: 805,
      size: 8,
      font,
    });
    let y = 770;
    for (const line of lines.slice(i, i + 50)) {
      if (line) page.drawText(line, { x: 50, y, size: 9, font });
      y -= 14;
    }
    page.drawText(`Page ${pages}`, { x: 280, y: 30, size: 8, font });
  }
  return { bytes: await doc.save(), pages };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function makeFeed(all: Story[]): string {
  const items = all
    .map(
      (s, i) =>
        `<item><guid>story-${i}</guid><title>${esc(s.title)}</title><pubDate>Thu, 26 Feb 1987 15:01:01 GMT</pubDate><content:encoded><![CDATA[${s.body
          .split('\n\n')
          .map((p) => `<p>${esc(p)}</p>`)
          .join('')}]]></content:encoded></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>\n${items}\n</channel></rss>\n`;
}

async function readOnly(path: string): Promise<{ docs: number; seconds: number }> {
  let best = Number.POSITIVE_INFINITY;
  let docs = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    docs = 0;
    for await (const it of readDocuments([path], { maxDocBytes: 256 << 20 })) {
      if (it.kind === 'doc') docs++;
    }
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { docs, seconds: best };
}

interface Summary {
  ingested: number;
  seconds: number;
  stages: { read: number; extract: number; resolve: number; store: number };
}

function ingest(path: string, workers: number, checkout = root): Summary {
  const db = mkdtempSync(join(tmpdir(), 'gw-bench-db-'));
  try {
    const res = spawnSync(
      process.execPath,
      [
        join(checkout, 'bin/graphwire.js'),
        'ingest',
        path,
        '--db',
        db,
        '--json',
        '--workers',
        String(workers),
        '--max-doc-mb',
        '256',
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (res.status !== 0) throw new Error(`ingest ${path}: exit ${res.status}\n${res.stderr}`);
    return JSON.parse(res.stdout) as Summary;
  } finally {
    rmSync(db, { recursive: true, force: true });
  }
}

/** Each input ingested `rounds` times, the order rotating every round; the fastest run of each. */
function bestOf(inputs: [string, () => Summary][]): Map<string, Summary> {
  const best = new Map<string, Summary>();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < inputs.length; i++) {
      const [label, run] = inputs[(i + r) % inputs.length] as [string, () => Summary];
      const s = run();
      const had = best.get(label);
      if (!had || s.seconds < had.seconds) best.set(label, s);
    }
  }
  return best;
}

const dir = mkdtempSync(join(tmpdir(), 'gw-bench-formats-'));
try {
  const all = await stories();
  const txtDir = join(dir, 'txt');
  mkdirSync(txtDir);
  all.forEach((s, i) => {
    writeFileSync(
      join(txtDir, `${String(i).padStart(5, '0')}.txt`),
      s.title ? `${s.title}\n\n${s.body}\n` : `${s.body}\n`,
    );
  });
  const pdfPath = join(dir, 'pdf');
  mkdirSync(pdfPath);
  const pdf = { pages: 0, bytes: 0 };
  for (const [i, s] of all.entries()) {
    const one = await makePdf(s);
    writeFileSync(join(pdfPath, `${String(i).padStart(5, '0')}.pdf`), one.bytes);
    pdf.pages += one.pages;
    pdf.bytes += one.bytes.length;
  }
  const feedPath = join(dir, 'stories.rss');
  writeFileSync(feedPath, makeFeed(all));
  console.log(
    `bench/ingest/formats: ${all.length} Reuters stories as text files, as PDFs (${pdf.pages} pages, ` +
      `${(pdf.bytes / 1048576).toFixed(1)} MB) and as one RSS feed; best of ${rounds} rounds\n`,
  );

  const rTxt = await readOnly(txtDir);
  const rPdf = await readOnly(pdfPath);
  const rFeed = await readOnly(feedPath);
  console.log('reading alone');
  console.log(
    `  text files ${(rTxt.docs / rTxt.seconds).toFixed(0).padStart(8)} files/s   (${rTxt.seconds.toFixed(2)} s)`,
  );
  console.log(
    `  PDF        ${(pdf.pages / rPdf.seconds).toFixed(0).padStart(8)} pages/s   (${rPdf.seconds.toFixed(2)} s, ${(rPdf.docs / rPdf.seconds).toFixed(0)} files/s)`,
  );
  console.log(
    `  feed       ${(rFeed.docs / rFeed.seconds).toFixed(0).padStart(8)} items/s   (${rFeed.seconds.toFixed(2)} s)`,
  );

  for (const workers of workerCounts) {
    console.log(`\nwhole ingest (graphwire ingest --workers ${workers})`);
    const inputs: [string, () => Summary][] = [
      ['text files', () => ingest(txtDir, workers)],
      ['PDF', () => ingest(pdfPath, workers)],
      ['feed', () => ingest(feedPath, workers)],
    ];
    if (compare) inputs.push(['PDF, --compare', () => ingest(pdfPath, workers, compare)]);
    const best = bestOf(inputs);
    const base = best.get('text files') as Summary;
    for (const [label, s] of best) {
      const work = s.stages.read + s.stages.extract + s.stages.resolve + s.stages.store;
      console.log(
        `  ${label.padEnd(15)} ${String(s.ingested).padStart(6)} docs ${s.seconds.toFixed(2).padStart(7)} s  ` +
          `read ${s.stages.read.toFixed(2)} s = ${((100 * s.stages.read) / work).toFixed(1)}% of the work, ` +
          `extract ${s.stages.extract.toFixed(2)} s, store ${s.stages.store.toFixed(2)} s;  ` +
          `time / text files ${(s.seconds / base.seconds).toFixed(2)}x`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
