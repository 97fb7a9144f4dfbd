#!/usr/bin/env node
import { mkdtemp, rm } from 'node:fs/promises';
// Neo4j write throughput: the graph of the Reuters corpus written into one
// Neo4j, in the same run, three ways over the same rows:
//   graphwire  - writeRows: UNWIND $rows + MERGE batches of 1024 articles (ingest's default with --neo4j)
//                in executeWrite, incremental and idempotent (what ingest --neo4j does);
//   load-csv   - server-side LOAD CSV of the same rows, pre-aggregated, from CSV
//                files served over HTTP, CALL {} IN TRANSACTIONS;
//   naive      - one auto-commit statement per row (per node, mention and relationship),
//                run for at most --naive-seconds on the first rows.
// Prints rows/s and the ratios. Targets: graphwire >= 0.5 x load-csv, >= 10 x naive.
//
// Usage: npm run build && node bench/neo4j-write/run.mjs [--docs N] [--naive-seconds S] [--rounds R]
// Uses NEO4J_URI when set (the database is cleared!), else starts the local Neo4j.
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { extract } from '../../dist/extract/index.js';
import { readDocuments } from '../../dist/ingest/index.js';
import { ENTITY_LABELS } from '../../dist/store/neo4j/allow-list.js';
import {
  applySchema,
  neo4jConfig,
  openDriver,
  ROW_FIELDS,
  spawnLocalNeo4j,
  toRows,
  writeExtractions,
  writeRows,
} from '../../dist/store/neo4j/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? path.resolve(repoRoot, '../shared');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '0' },
    'naive-seconds': { type: 'string', default: '60' },
    batch: { type: 'string', default: '1024' },
    rounds: { type: 'string', default: '2' },
  },
});
const maxDocs = Number(args.docs) || Number.POSITIVE_INFINITY;
const naiveSeconds = Number(args['naive-seconds']);
const batchSize = Number(args.batch);
const rounds = Math.max(1, Number(args.rounds));
const SEP = '\u001f';

const log = (s) => process.stderr.write(`${s}\n`);
const now = () => performance.now() / 1000;

async function extractCorpus() {
  const dir = path.join(shared, 'corpora', 'reuters21578');
  const out = [];
  const t0 = now();
  for await (const item of readDocuments([dir])) {
    if (item.kind !== 'doc') continue;
    out.push(extract(item.doc));
    if (out.length % 2000 === 0) log(`  extracted ${out.length} documents`);
    if (out.length >= maxDocs) break;
  }
  log(`extracted ${out.length} Reuters documents in ${(now() - t0).toFixed(1)} s`);
  return out;
}

function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join(SEP) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns, rows) {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

const listOf = (f) => `CASE WHEN row.${f} IS NULL THEN [] ELSE split(row.${f}, '${SEP}') END`;
const ints = (f) => `[x IN ${listOf(f)} | toInteger(x)]`;
const floats = (f) => `[x IN ${listOf(f)} | toFloat(x)]`;

/** The same rows as CSV files, and the LOAD CSV statements that write them. */
function loadCsvPlan(rows) {
  const files = new Map();
  const statements = [];
  const tx = (body) =>
    `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { ${body} } IN TRANSACTIONS OF 5000 ROWS`;
  files.set('articles.csv', csv(ROW_FIELDS.article, rows.articles));
  statements.push([
    'articles.csv',
    tx(
      'MERGE (a:Article {id: row.id}) SET a.hash = row.hash, a.title = row.title, a.date = row.date, a.url = row.url, a.source = row.source',
    ),
  ]);
  for (const [type, list] of rows.entities) {
    const name = `entities-${type}.csv`;
    files.set(name, csv(ROW_FIELDS.entity, list));
    statements.push([
      name,
      tx(
        `MERGE (e:Entity {key: row.key}) SET e:${ENTITY_LABELS[type]}, e.type = row.type, e.name = row.name, e.nameWords = toInteger(row.nameWords), e.nameLength = toInteger(row.nameLength), e.allNames = ${listOf('allNames')}, e.aliases = [n IN ${listOf('allNames')} WHERE n <> row.name], e.titles = ${listOf('titles')}, e.articles = size(${listOf('docs')}), e.mentionCount = toInteger(row.mentionCount)`,
      ),
    ]);
  }
  files.set('mentions.csv', csv(['doc', ...ROW_FIELDS.mention], rows.mentions));
  statements.push([
    'mentions.csv',
    tx(
      `MATCH (a:Article {id: row.doc}) MATCH (e:Entity {key: row.key}) CREATE (a)-[m:MENTIONS]->(e) SET m.ordinal = toInteger(row.ordinal), m.name = row.name, m.nameWords = toInteger(row.nameWords), m.nameLength = toInteger(row.nameLength), m.aliases = ${listOf('aliases')}, m.titles = ${listOf('titles')}, m.mentionText = ${listOf('mentionText')}, m.mentionStart = ${ints('mentionStart')}, m.mentionEnd = ${ints('mentionEnd')}`,
    ),
  ]);
  for (const [type, list] of rows.relations) {
    const name = `relations-${type}.csv`;
    files.set(name, csv(ROW_FIELDS.relation, list));
    statements.push([
      name,
      tx(
        `MATCH (s:Entity {key: row.s}) MATCH (t:Entity {key: row.t}) MERGE (s)-[r:${type}]->(t) SET r.docs = ${listOf('docs')}, r.evidenceDoc = ${listOf('evidenceDoc')}, r.evidenceText = ${listOf('evidenceText')}, r.evidenceStart = ${ints('evidenceStart')}, r.evidenceEnd = ${ints('evidenceEnd')}, r.evidenceConfidence = ${floats('evidenceConfidence')}, r.evidenceOrdinal = ${ints('evidenceOrdinal')}, r.count = size(${listOf('evidenceDoc')}), r.firstDate = row.firstDate, r.lastDate = row.lastDate`,
      ),
    ]);
  }
  return { files, statements };
}

function countRows(rows) {
  let n = rows.articles.length + rows.mentions.length;
  for (const l of rows.entities.values()) n += l.length;
  for (const l of rows.relations.values()) n += l.length;
  return n;
}

async function clear(driver, config) {
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function graphCounts(driver) {
  const r = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const rec = r.records[0];
  return { nodes: rec.get('nodes'), rels: rec.get('rels') };
}

async function main() {
  const exts = await extractCorpus();
  const rows = toRows(exts);
  const total = countRows(rows);
  log(
    `graph rows: ${rows.articles.length} articles, ${[...rows.entities.values()].reduce((a, l) => a + l.length, 0)} entities, ${rows.mentions.length} mentions, ${[...rows.relations.values()].reduce((a, l) => a + l.length, 0)} relationships = ${total}`,
  );

  let server;
  let dataDir;
  if (!process.env.NEO4J_URI) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'graphwire-bench-neo4j-'));
    process.env.GRAPHWIRE_NEO4J_JAVA_OPTS ??= '-Xms512m -Xmx1536m -XX:+UseParallelGC';
    const srv = createServer();
    const port = await new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv.address().port)));
    await new Promise((r) => srv.close(r));
    server = await spawnLocalNeo4j({ port, dataDir });
    process.env.NEO4J_URI = server.uri;
    log(`local Neo4j at ${server.uri}`);
  }
  const config = neo4jConfig();
  const driver = await openDriver(config);
  const results = [];
  try {
    await clear(driver, config);
    await applySchema(driver, config);

    // Warm-up: the JVM compiles the write paths before anything is timed.
    const warm = exts.slice(0, Math.min(200, exts.length));
    await writeExtractions(driver, config, warm);
    await clear(driver, config);
    const warmPlan = loadCsvPlan(toRows(warm));
    const warmHttp = createServer((req, res) =>
      res.end(warmPlan.files.get(decodeURIComponent((req.url ?? '/').slice(1))) ?? ''),
    );
    const warmPort = await new Promise((r) =>
      warmHttp.listen(0, '127.0.0.1', () => r(warmHttp.address().port)),
    );
    const warmSession = driver.session();
    for (const [file, statement] of warmPlan.statements) {
      await warmSession.run(statement, {
        url: `http://127.0.0.1:${warmPort}/${encodeURIComponent(file)}`,
      });
    }
    await warmSession.close();
    warmHttp.close();
    await clear(driver, config);

    const plan = loadCsvPlan(rows);
    const http = createServer((req, res) => {
      const body = plan.files.get(decodeURIComponent((req.url ?? '/').slice(1)));
      if (body === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/csv' }).end(body);
    });
    const httpPort = await new Promise((r) =>
      http.listen(0, '127.0.0.1', () => r(http.address().port)),
    );
    const runGraphwire = async () => {
      await clear(driver, config);
      const t0 = now();
      // As ingest --neo4j does: a batch's rows are built (the sink's prepare)
      // while the batch before it is being written.
      let next = toRows(exts.slice(0, batchSize));
      for (let i = 0; i < exts.length; i += batchSize) {
        const writing = writeRows(driver, config, next);
        const j = i + batchSize;
        next =
          j < exts.length
            ? await new Promise((ok) =>
                setImmediate(() => ok(toRows(exts.slice(j, j + batchSize)))),
              )
            : undefined;
        await writing;
      }
      const s = now() - t0;
      log(`graphwire: ${s.toFixed(1)} s, graph ${JSON.stringify(await graphCounts(driver))}`);
      return s;
    };
    const runLoadCsv = async () => {
      await clear(driver, config);
      const t0 = now();
      const session = driver.session(config.database ? { database: config.database } : {});
      try {
        for (const [file, statement] of plan.statements) {
          await session.run(statement, {
            url: `http://127.0.0.1:${httpPort}/${encodeURIComponent(file)}`,
          });
        }
      } finally {
        await session.close();
      }
      const s = now() - t0;
      log(`load-csv: ${s.toFixed(1)} s, graph ${JSON.stringify(await graphCounts(driver))}`);
      return s;
    };
    // Alternate the two, best of `rounds` each, so neither profits from going second.
    let gw = Number.POSITIVE_INFINITY;
    let lc = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        gw = Math.min(gw, await runGraphwire());
        lc = Math.min(lc, await runLoadCsv());
      } else {
        lc = Math.min(lc, await runLoadCsv());
        gw = Math.min(gw, await runGraphwire());
      }
    }
    http.close();
    results.push({ method: 'graphwire', rows: total, seconds: gw, note: `best of ${rounds}` });
    results.push({ method: 'load-csv', rows: total, seconds: lc, note: `best of ${rounds}` });

    // 3. naive: one auto-commit statement per row, for at most naiveSeconds
    await clear(driver, config);
    const naiveSession = driver.session(config.database ? { database: config.database } : {});
    let done = 0;
    const t0 = now();
    const deadline = t0 + naiveSeconds;
    const one = async (q, p) => {
      await naiveSession.run(q, p);
      done++;
    };
    try {
      outer: {
        for (const a of rows.articles) {
          await one(
            'MERGE (a:Article {id: $id}) SET a.hash = $hash, a.title = $title, a.date = $date',
            a,
          );
          if (now() > deadline) break outer;
        }
        for (const [type, list] of rows.entities) {
          for (const e of list) {
            await one(
              `MERGE (e:Entity {key: $key}) SET e:${ENTITY_LABELS[type]}, e.name = $name, e.aliases = $allNames, e.articles = size($docs)`,
              e,
            );
            if (now() > deadline) break outer;
          }
        }
        for (const m of rows.mentions) {
          await one(
            'MATCH (a:Article {id: $doc}) MATCH (e:Entity {key: $key}) MERGE (a)-[m:MENTIONS]->(e) SET m.name = $name, m.mentionText = $mentionText, m.mentionStart = $mentionStart, m.mentionEnd = $mentionEnd',
            m,
          );
          if (now() > deadline) break outer;
        }
        for (const [type, list] of rows.relations) {
          for (const r of list) {
            await one(
              `MATCH (s:Entity {key: $s}) MATCH (t:Entity {key: $t}) MERGE (s)-[r:${type}]->(t) SET r.evidenceDoc = $evidenceDoc, r.evidenceText = $evidenceText, r.docs = $docs`,
              r,
            );
            if (now() > deadline) break outer;
          }
        }
      }
    } finally {
      await naiveSession.close();
    }
    const nv = now() - t0;
    results.push({
      method: 'naive',
      rows: done,
      seconds: nv,
      note: done < total ? `first ${done} of ${total} rows` : '',
    });
    log(`naive: ${done} rows in ${nv.toFixed(1)} s`);
    await clear(driver, config);
  } finally {
    await driver.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const rate = Object.fromEntries(results.map((r) => [r.method, r.rows / r.seconds]));
  console.log(`\nNeo4j write benchmark: ${exts.length} Reuters documents, ${total} graph rows\n`);
  console.log('method     |    rows | seconds |   rows/s | note');
  console.log('-----------+---------+---------+----------+-----');
  for (const r of results) {
    console.log(
      `${r.method.padEnd(10)} | ${String(r.rows).padStart(7)} | ${r.seconds.toFixed(1).padStart(7)} | ${rate[r.method].toFixed(0).padStart(8)} | ${r.note ?? ''}`,
    );
  }
  const vsCsv = rate.graphwire / rate['load-csv'];
  const vsNaive = rate.graphwire / rate.naive;
  console.log(
    `\ngraphwire / load-csv = ${vsCsv.toFixed(2)} (target >= 0.5) ${vsCsv >= 0.5 ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `graphwire / naive    = ${vsNaive.toFixed(1)} (target >= 10) ${vsNaive >= 10 ? 'MET' : 'NOT MET'}`,
  );
}

await main();
