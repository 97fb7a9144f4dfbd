#!/usr/bin/env node
// The incremental Neo4j writer of this checkout against another build's (a
// baseline), alternately into one local Neo4j over the same extractions: on a
// shared, loaded machine two bench runs minutes apart differ more than two
// writers do. Each round clears the database and writes the whole corpus as
// `ingest --neo4j` does (transactions of about --rows rows, the next one's
// rows built while Neo4j commits the one before). Prints, per writer, the
// best wall time and the least CPU seconds of the client (this process) and
// of the Neo4j server (from /proc), and checks both end with the same counts
// of nodes, relationships and properties.
// Usage: npm run build && node bench/neo4j-write/ab.mjs --base /path/to/other/checkout
//          --store <embedded store of the Reuters files> [--rounds 3] [--rows 40000] [--docs N]
// (the other checkout must be built: npm run build there).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { arg, root } from '../args.mjs';
import { cpuNow, cpuSince, cpuText } from './cpu.mjs';

const base = arg('--base');
const store = arg('--store');
if (!base || !store) {
  console.error('ab: --base /path/to/other/checkout and --store DIR are required');
  process.exit(2);
}
const rounds = Number(arg('--rounds', '3'));
const maxRows = Number(arg('--rows', '40000'));
const docs = Number(arg('--docs', '0'));
const load = async (r) => import(join(resolve(r), 'dist/store/neo4j/index.js'));
const A = await load(base);
const B = await load(root);
const { LogStore } = await import(join(root, 'dist/store/index.js'));

const s = await LogStore.open(store);
let exts = [...s.extractions()];
await s.close();
if (docs) exts = exts.slice(0, docs);
console.log(`${exts.length} extractions; base ${resolve(base)}, this ${root}`);

let serverPid;

const dataDir = await mkdtemp(join(tmpdir(), 'graphwire-ab-neo4j-'));
// The launcher's own JVM options (what `graphwire neo4j start` runs),
// unless GRAPHWIRE_NEO4J_JAVA_OPTS replaces them.
console.log(`local Neo4j JVM options: ${B.javaOptions().join(' ')}`);
const probe = createServer();
const port = await new Promise((r) => probe.listen(0, '127.0.0.1', () => r(probe.address().port)));
await new Promise((r) => probe.close(r));
const server = await B.spawnLocalNeo4j({ port, dataDir });
serverPid = server.pid;
const config = B.neo4jConfig({ uri: server.uri });
const driver = await B.openDriver(config);

async function clear() {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
async function counts() {
  const r = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS relProps } RETURN nodes, rels, nodeProps, relProps',
  );
  const rec = r.records[0];
  return Object.fromEntries(rec.keys.map((k) => [k, Number(rec.get(k))]));
}

/** One whole write by writer W, as ingest --neo4j writes. */
async function write(W, list) {
  const parts = W.groupByRows(list, W.rowsOf, maxRows);
  let next = W.toRows(parts[0] ?? []);
  for (let i = 0; i < parts.length; i++) {
    const rows = next;
    next = undefined;
    await W.writeRows(driver, config, rows, {
      whileWaiting: () => {
        if (i + 1 < parts.length) next = W.toRows(parts[i + 1]);
      },
    });
    next ??= i + 1 < parts.length ? W.toRows(parts[i + 1]) : undefined;
  }
}

async function timed(name, W) {
  await clear();
  const c0 = await cpuNow(serverPid);
  const t0 = performance.now();
  await write(W, exts);
  const s = (performance.now() - t0) / 1000;
  const cpu = await cpuSince(c0, serverPid);
  const graph = await counts();
  console.log(`${name}: ${s.toFixed(1)} s, ${cpuText(cpu)}, ${JSON.stringify(graph)}`);
  return { s, cpu, graph };
}

const best = { base: [], this: [] };
try {
  await B.applySchema(driver, config);
  // Warm-up, untimed: each writer's statements planned once and the JVM
  // compiled (a fresh server's first whole write costs about three times a later one's).
  await write(A, exts);
  await clear();
  await write(B, exts);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['base', 'this'] : ['this', 'base'];
    for (const name of order) best[name].push(await timed(name, name === 'base' ? A : B));
  }
} finally {
  await driver.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
const sum = (x) => x.cpu.client + x.cpu.server;
const summary = (list) => ({
  s: Math.min(...list.map((x) => x.s)),
  cpu: list.reduce((a, x) => (sum(x) < sum(a) ? x : a)).cpu,
});
const a = summary(best.base);
const b = summary(best.this);
for (const [name, x] of [
  ['base', a],
  ['this', b],
]) {
  console.log(
    `${name}: best ${x.s.toFixed(1)} s; least ${cpuText(x.cpu)} = ${(x.cpu.client + x.cpu.server).toFixed(1)} s`,
  );
}
console.log(
  `this / base: wall ${(a.s / b.s).toFixed(2)}x faster, cpu ${((a.cpu.client + a.cpu.server) / (b.cpu.client + b.cpu.server)).toFixed(2)}x less`,
);
const same = JSON.stringify(best.base.at(-1).graph) === JSON.stringify(best.this.at(-1).graph);
console.log(same ? 'same graph counts' : 'GRAPH COUNTS DIFFER');
