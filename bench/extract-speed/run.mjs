#!/usr/bin/env node
// Extraction throughput over the Reuters-21578 corpus, in words per second:
//   1. bare compromise named-entity calls (people, places, organizations) per document: the baseline;
//   2. sentence splitting, treebank tokenising, tagging and parsing alone (one core);
//   3. graphwire's extract() in this process (one core): sentences are parsed
//      when a pass of the extractor first asks for their tree;
//   4. extract({ syntax: true }): every sentence parsed and returned;
//   5. graphwire's worker pool with two threads.
// All of them run in the same process on the same text, so the ratios are fair
// on a noisy machine. Before any timing, --warm N stories (1000 by default)
// from the files after the timed ones go through every path once: the
// extractor's first thousand or so stories run at about half its later speed
// (code compiled, tables paged in), which a long ingest pays once, and
// warming on other stories keeps what repeated text would gain out of the
// figures.
// --pin C runs the whole bench on CPU C alone (Linux, taskset): V8's
// collector and compiler threads then take their time from the same core,
// as on a one-core machine, instead of from a second one. The one-process
// line is followed by how that process's CPU time split between its main
// thread and V8's other threads (Linux).
// Usage: node bench/extract-speed/run.mjs [--files N|all] [--workers N] [--warm N] [--pin C]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { arg, root, shared } from '../args.mjs';

const pin = arg('--pin');
if (pin !== undefined && process.env.GRAPHWIRE_BENCH_PINNED !== pin) {
  if (!/^\d+$/.test(pin)) throw new Error(`--pin must be a CPU number: ${pin}`);
  const run = spawnSync(
    'taskset',
    ['-c', pin, process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, GRAPHWIRE_BENCH_PINNED: pin },
    },
  );
  if (run.error) throw new Error(`--pin needs taskset (util-linux): ${run.error.message}`);
  process.exit(run.status ?? 1);
}
if (pin !== undefined)
  console.log(`pinned to CPU ${pin} (taskset): every thread of this process shares one core`);

const filesArg = arg('--files', '3');
const workers = Number(arg('--workers', '2'));
const warm = Number(arg('--warm', '1000'));
if (!Number.isInteger(warm) || warm < 0) throw new Error(`--warm must be a whole number: ${warm}`);
const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
const { extract, createExtractPool, countWords, splitSentences } = await import(
  join(root, 'dist/extract/index.js')
);
const { analyser, parseSpan } = await import(join(root, 'dist/extract/syntax/index.js'));
const loadStart = performance.now();
analyser();
const loadMs = performance.now() - loadStart;

const dir = join(shared, 'corpora/reuters21578');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.sgm'))
  .sort();
const files = (filesArg === 'all' ? all : all.slice(0, Number(filesArg))).map((f) => join(dir, f));
const docs = [];
for await (const item of readDocuments(files)) if (item.kind === 'doc') docs.push(item.doc);
// Warm-up stories: from the files after the timed ones (or, when every file
// is timed, the first stories again).
const spare = all.slice(files.length).map((f) => join(dir, f));
const warmDocs = [];
for await (const item of readDocuments(spare)) {
  if (warmDocs.length >= warm) break;
  if (item.kind === 'doc') warmDocs.push(item.doc);
}
if (warmDocs.length < warm) warmDocs.push(...docs.slice(0, warm - warmDocs.length));
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
console.log(`${docs.length} documents, ${words} words from ${files.length} Reuters files`);

// Wall time gives words/s; CPU time (all threads of this process) is printed
// beside it, because on a shared, loaded machine wall time also counts the
// time other processes held the cores.
function time(label, fn) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = fn();
  return Promise.resolve(r).then(() => {
    const s = (performance.now() - t0) / 1000;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e6;
    const wps = words / s;
    const cps = Math.round(words / cpu).toString();
    console.log(
      `${label.padEnd(44)} ${s.toFixed(2).padStart(7)} s  ${Math.round(wps).toString().padStart(9)} words/s   cpu ${cpu.toFixed(2).padStart(6)} s  ${cps.padStart(7)} words/cpu-s`,
    );
    return wps;
  });
}

/** CPU seconds of this process's main thread and of its other threads so far (Linux /proc; undefined elsewhere). */
function threadCpu() {
  try {
    let main = 0;
    let other = 0;
    for (const t of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const s = (Number(f[11]) + Number(f[12])) / 100;
      if (t === String(process.pid)) main += s;
      else other += s;
    }
    return { main, other };
  } catch {
    return undefined;
  }
}

// Warm up every path on other stories, outside the timings.
for (const d of warmDocs) {
  extract(d);
  const v = nlp(d.text);
  v.people().out('array');
  v.places().out('array');
  v.organizations().out('array');
}
console.log(`warmed up on ${warmDocs.length} other stories`);

const base = await time('compromise people/places/organizations', () => {
  for (const d of docs) {
    const v = nlp(d.text);
    v.people().out('array');
    v.places().out('array');
    v.organizations().out('array');
  }
});
const syntax = await time('tokenise + tag + parse alone, one process', () => {
  for (const d of docs) for (const s of splitSentences(d.text)) parseSpan(d.text, s.start, s.end);
});
const threads0 = threadCpu();
const one = await time('graphwire extract, one process', () => {
  for (const d of docs) extract(d);
});
const threads1 = threadCpu();
if (threads0 && threads1)
  console.log(
    `  of which main thread ${(threads1.main - threads0.main).toFixed(2)} s, V8's other threads (compiler, collector) ${(threads1.other - threads0.other).toFixed(2)} s CPU`,
  );
const full = await time('graphwire extract, every sentence parsed', () => {
  for (const d of docs) extract(d, { syntax: true });
});
const pool = createExtractPool({ workers });
await pool.extract(warmDocs);
const many = await time(`graphwire extract, ${workers} worker threads`, () => pool.extract(docs));
await pool.close();
console.log(`syntax model load:                  ${loadMs.toFixed(0)} ms`);
console.log(`ratio parse alone / compromise:     ${(syntax / base).toFixed(2)}`);
console.log(`ratio one process / compromise:     ${(one / base).toFixed(2)}`);
console.log(`ratio every sentence parsed / compromise: ${(full / base).toFixed(2)}`);
console.log(`ratio ${workers} workers / compromise:       ${(many / base).toFixed(2)}`);
console.log(`ratio ${workers} workers / one process:      ${(many / one).toFixed(2)}`);
