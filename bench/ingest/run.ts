/**
 * bench/ingest: the Reuters corpus end to end through the real CLI.
 *
 *   npx tsx bench/ingest/run.ts [--neo4j [bolt://127.0.0.1:7687]] [--quick] [--rounds N]
 *
 * Prints, for 1 and 2 workers over the whole corpus, N alternating rounds
 * (default 3): docs/s, words/s, peak RSS and seconds per stage, and the
 * 2-worker / 1-worker ratio of the fastest runs and of the medians; then peak RSS
 * at 1k, 5k and all documents (memory must stay flat as the corpus grows).
 * With --neo4j, the same into Neo4j (a local one started for the run when no
 * URI is given; against a URI the 2-worker run uses --force). Targets: whole corpus under 180 s,
 * 2 workers >= 1.6x one, peak RSS under 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, reutersFiles, root } from './corpus.mjs';

const files = reutersFiles();
const args = process.argv.slice(2);
// --neo4j with a URI writes there; --neo4j alone (or `local`) starts a local
// Neo4j with the project's launcher in a temporary folder for the run.
const neo4jArg = args.includes('--neo4j')
  ? (args[args.indexOf('--neo4j') + 1] ?? 'local')
  : undefined;
const quick = args.includes('--quick');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 1) : 3;

interface Summary {
  documentsRead: number;
  ingested: number;
  words: number;
  seconds: number;
  stages: Record<string, number>;
  peakRssMB: number;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => ok(port));
    });
  });
}

function run(label: string, inputs: string[], extra: string[]): Summary {
  const db = mkdtempSync(join(tmpdir(), 'gw-bench-'));
  try {
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin/graphwire.js'), 'ingest', ...inputs, '--db', db, '--json', ...extra],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
    const s = JSON.parse(r.stdout) as Summary;
    const stages = Object.entries(s.stages)
      .map(([k, v]) => `${k} ${v.toFixed(1)}s`)
      .join(', ');
    console.log(
      `${label.padEnd(28)} ${String(s.ingested).padStart(6)} docs ${s.seconds.toFixed(1).padStart(7)} s ` +
        `${(s.ingested / s.seconds).toFixed(0).padStart(6)} docs/s ${(s.words / s.seconds).toFixed(0).padStart(8)} words/s ` +
        `peak RSS ${String(s.peakRssMB).padStart(5)} MB  (${stages})`,
    );
    return s;
  } finally {
    rmSync(db, { recursive: true, force: true });
  }
}

const all = quick ? files.slice(0, 3) : files;
console.log(`bench/ingest: ${all.length} Reuters files from ${corpus}\n`);
// Rounds alternate which worker count goes first (1 2, 2 1, 1 2, ...), and
// each is scored by its fastest run: on a shared machine a slow run says more
// about the neighbours than about graphwire. The median is printed beside it.
const ones: Summary[] = [];
const twos: Summary[] = [];
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? [1, 2] : [2, 1];
  for (const w of order) {
    const s = run(`embedded, ${w} worker${w > 1 ? 's' : ''}`, all, ['--workers', String(w)]);
    (w === 1 ? ones : twos).push(s);
  }
}
const fastest = (l: Summary[]) => l.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const median = (l: Summary[]) => {
  const t = l.map((s) => s.seconds).sort((a, b) => a - b);
  return t.length % 2
    ? (t[t.length >> 1] as number)
    : ((t[t.length / 2 - 1] as number) + (t[t.length / 2] as number)) / 2;
};
const one = fastest(ones);
const two = fastest(twos);
const ratio = one.seconds / two.seconds;
console.log(
  `\n2 workers / 1 worker: ${ratio.toFixed(2)}x fastest runs (${one.seconds.toFixed(1)} s / ${two.seconds.toFixed(1)} s), ` +
    `${(median(ones) / median(twos)).toFixed(2)}x medians, over ${rounds} round${rounds > 1 ? 's' : ''} (target >= 1.6)`,
);
console.log(
  `${quick ? 'the quick subset' : 'whole corpus'}, 2 workers: ${two.seconds.toFixed(1)} s (target < 180 s)`,
);

console.log('\npeak RSS as the corpus grows (2 workers):');
const sizes: [string, string[]][] = [
  ['1k documents', files.slice(0, 1)],
  ['5k documents', files.slice(0, 5)],
  [`${two.ingested} documents`, all],
];
const rss = sizes.map(([label, inputs]) =>
  label.startsWith(String(two.ingested)) ? two : run(label, inputs, ['--workers', '2']),
);
console.log(
  `  ${sizes.map(([l], i) => `${l}: ${rss[i]?.peakRssMB} MB`).join(', ')} (target < 2048 MB, flat)`,
);

if (neo4jArg) {
  const local = neo4jArg === 'local' || neo4jArg.startsWith('--');
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-bench-neo4j-'));
  const { spawnLocalNeo4j } = await import('../../src/store/neo4j/index.js');
  const port = await freePort();
  const server = local ? await spawnLocalNeo4j({ dataDir, port }) : undefined;
  const uri = server?.uri ?? neo4jArg;
  try {
    console.log(`\ninto Neo4j at ${uri}${server ? ' (local, started for this run)' : ''}:`);
    const n1 = run('neo4j, 1 worker', all, ['--workers', '1', '--neo4j', uri]);
    if (server) {
      // A fresh database for the second run, so both write the same graph from empty.
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    const again = server ? await spawnLocalNeo4j({ dataDir, port }) : undefined;
    try {
      const n2 = run('neo4j, 2 workers', all, [
        '--workers',
        '2',
        '--neo4j',
        again?.uri ?? uri,
        ...(server ? [] : ['--force']),
      ]);
      const r = n2.ingested / n2.seconds / (n1.ingested / n1.seconds);
      console.log(`\nNeo4j, 2 workers / 1 worker: ${r.toFixed(2)}x`);
    } finally {
      await again?.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
