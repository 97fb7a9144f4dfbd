import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, InvalidInputError, Neo4jError, UsageError } from '../../errors.js';
import { ensureLauncher, DEFAULTS as LOCAL_DEFAULTS, localNeo4jStatus } from './local-server.js';
import { dropPendingImport } from './pending-import.js';

/**
 * `neo4j-admin database import full` into the database of the local Neo4j
 * (`graphwire neo4j start --data-dir DIR`). The tool is the real one: the
 * launcher's classpath holds Neo4j's `org.neo4j.cli.AdminTool`. The launcher
 * keeps its Neo4j home in `DIR/db`, so the tool runs with NEO4J_HOME there
 * and writes the database where that Neo4j opens it.
 */

export interface AdminImportOptions {
  /** The local Neo4j's data folder (as given to `graphwire neo4j start --data-dir`). */
  dataDir?: string;
  /** Replace a database that holds nodes. Without it such a database is refused. */
  overwrite?: boolean;
  /** Database name. */
  database?: string;
}

export const DEFAULTS = { dataDir: LOCAL_DEFAULTS.dataDir, overwrite: false, database: 'neo4j' };

/** The files of one neo4j-admin import and the array delimiter they use. */
export interface CsvImportPlan {
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
  /** Where neo4j-admin wrote its report of skipped or bad lines. */
  report: string;
}

const MAIN_ADMIN = 'org.neo4j.cli.AdminTool';
const MAIN_LOCAL = 'dev.graphwire.neo4jlocal.Main';

function adminJavaOptions(): string[] {
  const env = process.env.GRAPHWIRE_NEO4J_ADMIN_JAVA_OPTS;
  return env ? env.split(/\s+/).filter(Boolean) : ['-Xmx1g', '-XX:+UseParallelGC'];
}

/** The first record of a CSV file (RFC 4180 quoting), read from its first megabyte. */
async function firstRecords(path: string, count: number): Promise<string[][]> {
  const handle = await open(path, 'r');
  let text: string;
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    text = buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length && records.length < count; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  return records;
}

/**
 * The import plan of a folder of neo4j-admin CSV files: `nodes*.csv` and
 * `relationships*.csv` (what `graphwire export --format csv` and
 * `ingest --bulk` write). The array delimiter is read from the `:LABEL`
 * column, which holds `Entity<delimiter><Type>` for entities.
 */
export async function csvImportPlan(dir: string): Promise<CsvImportPlan> {
  const root = resolve(dir);
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => n.endsWith('.csv')).sort();
  } catch (cause) {
    throw new InvalidInputError(
      `${dir}: cannot read the CSV folder (${(cause as NodeJS.ErrnoException).code})`,
      { source: dir, cause },
    );
  }
  const nodes = names.filter((n) => n.startsWith('nodes')).map((n) => join(root, n));
  const relationships = names
    .filter((n) => n.startsWith('relationships'))
    .map((n) => join(root, n));
  if (nodes.length === 0)
    throw new InvalidInputError(
      `${dir}: no nodes*.csv file (expected the files of graphwire export --format csv)`,
      { source: dir },
    );
  let arrayDelimiter: string | undefined;
  for (const file of nodes) {
    const [header, row] = await firstRecords(file, 2);
    const col = header?.indexOf(':LABEL') ?? -1;
    if (!header || col < 0)
      throw new InvalidInputError(`${file}: no :LABEL column in the header`, { source: file });
    const m = /^Entity(.)/u.exec(row?.[col] ?? '');
    if (m) {
      arrayDelimiter = m[1];
      break;
    }
  }
  return { nodes, relationships, arrayDelimiter: arrayDelimiter ?? ';' };
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn('java', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (d: Buffer) => {
      out = (out + d).slice(-64_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (cause) =>
      fail(new ConfigError('neo4j-admin needs Java 17+ on the PATH', { cause })),
    );
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

/**
 * Nodes in the local database of `dataDir`, counted by opening it without
 * Bolt (a JVM start, a few seconds); 0 when no database was ever created.
 */
export async function localDatabaseNodes(dataDir: string): Promise<number> {
  const home = join(resolve(dataDir), 'db');
  if (!existsSync(join(home, 'data', 'databases', DEFAULTS.database))) return 0;
  const classpath = await ensureLauncher();
  const { code, out } = await run(
    [
      '-Xmx256m',
      '-XX:+UseSerialGC',
      '-cp',
      classpath,
      MAIN_LOCAL,
      '--data-dir',
      home,
      '--count-nodes',
    ],
    process.env,
    home,
  );
  const m = /NODES (\d+)/.exec(out);
  if (code !== 0 || !m)
    throw new ConfigError(
      `cannot open the Neo4j database in ${home}: ${out.trim().split('\n').slice(-2).join(' | ')}`,
    );
  return Number(m[1]);
}

/**
 * Runs neo4j-admin on `plan` into the local database of `options.dataDir`.
 * Refuses (one line, nothing touched) while that Neo4j is running, and when
 * its database holds nodes unless `overwrite`.
 */
export async function adminImport(
  plan: CsvImportPlan,
  options?: AdminImportOptions,
): Promise<AdminImportResult> {
  const opts = { ...DEFAULTS, ...options };
  if (plan.nodes.length === 0) throw new InvalidInputError('neo4j-admin import: no node files');
  const dataDir = resolve(opts.dataDir);
  const status = await localNeo4jStatus({ dataDir });
  if (status.running)
    throw new ConfigError(
      `the local Neo4j of ${dataDir} is running (pid ${status.pid}); stop it first (graphwire neo4j stop --data-dir ${opts.dataDir})`,
    );
  if (!opts.overwrite) {
    const n = await localDatabaseNodes(dataDir);
    if (n > 0)
      throw new UsageError(
        `the Neo4j database in ${dataDir} holds ${n} nodes; pass --overwrite to replace it`,
      );
  }
  // Whatever an earlier bulk import left for the next start was for the database replaced here.
  await dropPendingImport(dataDir);
  const home = join(dataDir, 'db');
  const conf = join(home, 'conf');
  await mkdir(conf, { recursive: true });
  if (!existsSync(join(conf, 'neo4j.conf'))) await writeFile(join(conf, 'neo4j.conf'), '');
  const report = join(dataDir, 'import.report');
  const classpath = await ensureLauncher();
  const args = [
    ...adminJavaOptions(),
    '-cp',
    classpath,
    MAIN_ADMIN,
    'database',
    'import',
    'full',
    opts.database,
    '--overwrite-destination=true',
    ...plan.nodes.map((f) => `--nodes=${f}`),
    ...plan.relationships.map((f) => `--relationships=${f}`),
    '--id-type=string',
    '--delimiter=,',
    `--array-delimiter=${plan.arrayDelimiter}`,
    '--quote="',
    '--multiline-fields=true',
    `--report-file=${report}`,
  ];
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  const t0 = performance.now();
  const { code, out } = await run(args, env, home);
  const seconds = (performance.now() - t0) / 1000;
  const done = /Imported:\s*(\d+) nodes\s*(\d+) relationships\s*(\d+) properties/.exec(out);
  if (code !== 0 || !/IMPORT DONE/.test(out)) {
    const why = out
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('at '))
      .slice(-3)
      .join(' | ');
    throw new Neo4jError(`neo4j-admin import into ${home} failed (exit ${code}): ${why}`);
  }
  return {
    nodes: Number(done?.[1] ?? 0),
    relationships: Number(done?.[2] ?? 0),
    properties: Number(done?.[3] ?? 0),
    seconds,
    report,
  };
}
