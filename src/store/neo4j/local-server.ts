import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, Neo4jUnavailableError } from '../../errors.js';
import { applyPendingImport } from './pending-import.js';

/**
 * The local Neo4j of tools/neo4j-local: Neo4j 5.26 Community embedded in a
 * small Java launcher, built by Maven on first use (the jars then come from
 * the local Maven cache). For tests, and for users who have Java but not Docker.
 */

export interface LocalOptions {
  /** Bolt port on 127.0.0.1. */
  port?: number;
  /** Where the database files, the log and the pid file live. */
  dataDir?: string;
  /** Password for user neo4j; auth is off without one. */
  password?: string;
  /** How long to wait for the server to accept Bolt connections (ms). */
  timeoutMs?: number;
}

export const DEFAULTS = { port: 7687, dataDir: '.neo4j', timeoutMs: 300_000 };

export interface LocalStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  dataDir: string;
}

export const LAUNCHER_DIR = fileURLToPath(new URL('../../../tools/neo4j-local/', import.meta.url));
const MAIN = 'dev.graphwire.neo4jlocal.Main';
const PID_FILE = 'graphwire-neo4j.json';
const LOG_FILE = 'graphwire-neo4j.log';

function resolveOptions(options?: LocalOptions) {
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535)
    throw new ConfigError(`--port must be a TCP port number, got ${opts.port}`);
  return { ...opts, dataDir: resolve(opts.dataDir) };
}

/**
 * The launcher's JVM options unless GRAPHWIRE_NEO4J_JAVA_OPTS replaces them,
 * sized for writing: a transaction of ~40,000 rows (what `ingest --neo4j`
 * writes) holds ~225 MB of record state until it commits, and a young
 * collection during it copied all of that again, every time (with a 768 MB
 * or 1.5 GB heap the collector stopped the server 4 to 6 s of an 18 s
 * whole-Reuters write). A 2 GB young generation is collected about once per
 * such transaction, and what is alive then moves to the old generation at
 * once (no tenuring), so it is copied once: on the whole Reuters corpus the
 * collector's CPU fell from 2.4-2.6 to 0.7-1.2 s and its pauses from 4.0-6.0
 * to 0.9-2.8 s (bench/neo4j-write; README, "Write throughput"). Memory is
 * touched only as it is used.
 */
export const JAVA_DEFAULTS: readonly string[] = [
  '-Xms3g',
  '-Xmx3g',
  '-Xmn2g',
  '-XX:SurvivorRatio=32',
  '-XX:MaxTenuringThreshold=0',
  '-XX:-UseAdaptiveSizePolicy',
  '-XX:+UseParallelGC',
];

/** The JVM options the local Neo4j runs with: GRAPHWIRE_NEO4J_JAVA_OPTS, else JAVA_DEFAULTS. */
export function javaOptions(): string[] {
  const env = process.env.GRAPHWIRE_NEO4J_JAVA_OPTS;
  return env ? env.split(/\s+/).filter(Boolean) : [...JAVA_DEFAULTS];
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

/**
 * The launcher's Java classpath, building it with Maven when the sources are
 * newer than the build. The first build downloads the Neo4j jars into ~/.m2.
 */
export async function ensureLauncher(): Promise<string> {
  const target = join(LAUNCHER_DIR, 'target');
  const cpFile = join(target, 'classpath.txt');
  const mainClass = join(target, 'classes', ...MAIN.split('.')) + '.class';
  const source = join(LAUNCHER_DIR, 'src', 'main', 'java', ...MAIN.split('.')) + '.java';
  const built = Math.min(mtime(cpFile), mtime(mainClass));
  const fresh =
    built > 0 &&
    built >= mtime(join(LAUNCHER_DIR, 'pom.xml')) &&
    built >= mtime(source) &&
    readFileSync(cpFile, 'utf8')
      .trim()
      .split(delimiter)
      .every((jar) => existsSync(jar));
  if (!fresh) {
    let res: { code: number; out: string };
    try {
      res = await run(
        'mvn',
        ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'],
        LAUNCHER_DIR,
      );
    } catch (err) {
      throw new ConfigError(
        'the local Neo4j needs Java 17+ and Maven (mvn) on the PATH; or run Neo4j with Docker (docker compose up -d) and set NEO4J_URI',
        { cause: err },
      );
    }
    if (res.code !== 0) {
      throw new ConfigError(
        `building the local Neo4j launcher failed (mvn package in ${LAUNCHER_DIR}): ${res.out.trim().split('\n').slice(-5).join(' | ')}`,
      );
    }
  }
  const deps = readFileSync(cpFile, 'utf8').trim();
  return [join(target, 'classes'), deps].join(delimiter);
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** A TCP port on 127.0.0.1 that nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function spawnLauncher(
  opts: ReturnType<typeof resolveOptions>,
  stdio: 'attached' | 'detached',
): Promise<ChildProcess> {
  const classpath = await ensureLauncher();
  await mkdir(opts.dataDir, { recursive: true });
  const args = [
    ...javaOptions(),
    '-cp',
    classpath,
    MAIN,
    '--port',
    String(opts.port),
    '--data-dir',
    join(opts.dataDir, 'db'),
  ];
  const env = { ...process.env };
  delete env.NEO4J_PASSWORD;
  if (opts.password) env.NEO4J_PASSWORD = opts.password;
  if (stdio === 'attached') {
    return spawn('java', [...args, '--stdin-lifetime'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }
  const log = openSync(join(opts.dataDir, LOG_FILE), 'w');
  try {
    const child = spawn('java', args, { env, stdio: ['ignore', log, log], detached: true });
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

export interface LocalServer {
  pid: number;
  port: number;
  uri: string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts a local Neo4j tied to this process (it exits when this process's end
 * of its stdin closes): for test setups. Resolves once Bolt is up.
 */
export async function spawnLocalNeo4j(options?: LocalOptions): Promise<LocalServer> {
  const opts = resolveOptions(options);
  const child = await spawnLauncher(opts, 'attached');
  let output = '';
  const exited = new Promise<number>((r) => child.once('exit', (code) => r(code ?? 1)));
  const ready = new Promise<void>((ok, fail) => {
    child.stdout?.on('data', (d) => {
      output = (output + d).slice(-4000);
      if (/READY \d+/.test(output)) ok();
    });
    child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));
    child.once('error', fail);
    void exited.then((code) =>
      fail(
        new ConfigError(
          `the local Neo4j exited (code ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      ),
    );
    setTimeout(
      () => fail(new ConfigError(`the local Neo4j did not start within ${opts.timeoutMs} ms`)),
      opts.timeoutMs,
    ).unref();
  });
  try {
    await ready;
    await applyPendingImport(opts.dataDir, localConfig(opts));
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    pid: child.pid as number,
    port: opts.port,
    uri: `bolt://127.0.0.1:${opts.port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function readPidFile(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, PID_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

export async function localNeo4jStatus(options?: LocalOptions): Promise<LocalStatus> {
  const opts = resolveOptions(options);
  const info = await readPidFile(opts.dataDir);
  if (!info || !alive(info.pid)) return { running: false, dataDir: opts.dataDir };
  return {
    running: await portOpen(info.port),
    pid: info.pid,
    port: info.port,
    uri: `bolt://127.0.0.1:${info.port}`,
    dataDir: opts.dataDir,
  };
}

/** How this process reaches the local Neo4j it started. */
function localConfig(opts: ReturnType<typeof resolveOptions>) {
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    username: 'neo4j',
    ...(opts.password ? { password: opts.password } : {}),
  };
}

/**
 * Starts the local Neo4j in the background (`graphwire neo4j start`): it
 * outlives this process; its pid and port go in the data folder. A database
 * that `ingest --bulk` loaded gets its schema (and the rest of the import)
 * before this resolves; a failure there leaves it running and the work
 * recorded, so starting again finishes it.
 */
export async function startLocalNeo4j(options?: LocalOptions): Promise<LocalStatus> {
  const opts = resolveOptions(options);
  const status = await localNeo4jStatus(opts);
  if (status.running) {
    await applyPendingImport(
      opts.dataDir,
      localConfig({ ...opts, port: status.port ?? opts.port }),
    );
    return status;
  }
  if (await portOpen(opts.port)) {
    throw new Neo4jUnavailableError(
      `bolt://127.0.0.1:${opts.port}`,
      `port ${opts.port} is already in use on 127.0.0.1 (choose another with --port)`,
    );
  }
  const child = await spawnLauncher(opts, 'detached');
  const pid = child.pid as number;
  await writeFile(join(opts.dataDir, PID_FILE), `${JSON.stringify({ pid, port: opts.port })}\n`);
  const logPath = join(opts.dataDir, LOG_FILE);
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
    if (log.includes(`READY ${opts.port}`)) break;
    if (!alive(pid)) {
      await rm(join(opts.dataDir, PID_FILE), { force: true });
      throw new ConfigError(
        `the local Neo4j exited during start; see ${logPath}: ${log.trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    if (Date.now() > deadline) {
      throw new ConfigError(
        `the local Neo4j did not start within ${opts.timeoutMs} ms; see ${logPath}`,
      );
    }
    await sleep(250);
  }
  await applyPendingImport(opts.dataDir, localConfig(opts));
  return {
    running: true,
    pid,
    port: opts.port,
    uri: `bolt://127.0.0.1:${opts.port}`,
    dataDir: opts.dataDir,
  };
}

/** Stops the local Neo4j started with `startLocalNeo4j`. Resolves false when none was running. */
export async function stopLocalNeo4j(options?: LocalOptions): Promise<boolean> {
  const opts = resolveOptions(options);
  const info = await readPidFile(opts.dataDir);
  if (!info || !alive(info.pid)) {
    await rm(join(opts.dataDir, PID_FILE), { force: true });
    return false;
  }
  process.kill(info.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(info.pid) && Date.now() < deadline) await sleep(200);
  if (alive(info.pid)) process.kill(info.pid, 'SIGKILL');
  await rm(join(opts.dataDir, PID_FILE), { force: true });
  return true;
}
