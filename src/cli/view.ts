import { Command } from 'commander';
import { UsageError } from '../errors.js';
import {
  embeddedSource,
  type GraphSource,
  neo4jSource,
  openNeo4jReader,
  startViewerServer,
} from '../server/index.js';

export interface ViewFlags {
  db: string;
  /** `--neo4j` alone (true) or with a URI. */
  neo4j?: boolean | string;
  host: string;
  port: string;
  token?: string;
  limit?: string;
  queryTimeout: string;
}

function port(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`--port must be 0..65535, got ${JSON.stringify(raw)}`);
  return n;
}

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

export function viewCommand(): Command {
  return new Command('view')
    .description('explore the graph in a browser (serves the viewer and a small graph API)')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .option(
      '--neo4j [uri]',
      'read the graph from Neo4j (URI, else NEO4J_URI or .env); enables the Cypher box',
    )
    .option(
      '--host <host>',
      'interface to bind; anything but 127.0.0.1 exposes the graph',
      '127.0.0.1',
    )
    .option('--port <n>', 'port (0 picks a free one)', '7475')
    .option('--token <secret>', 'require this token on every API call (use when exposed)')
    .option('--limit <n>', 'nodes drawn first, the best-connected ones')
    .option('--query-timeout <ms>', 'longest a Cypher query may run', '10000')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire view --db graphwire-data\n  graphwire view --neo4j --port 8080\n  graphwire view --host 0.0.0.0 --token "$(openssl rand -hex 16)"',
    )
    .action(async (flags: ViewFlags) => {
      await runView(flags);
    });
}

/** Starts the server and keeps running until SIGINT or SIGTERM. */
export async function runView(flags: ViewFlags): Promise<void> {
  const options = {
    host: flags.host,
    port: port(flags.port),
    queryTimeoutMs: positiveInt('--query-timeout', flags.queryTimeout),
    ...(flags.limit ? { defaultLimit: positiveInt('--limit', flags.limit) } : {}),
    ...(flags.token ? { token: flags.token } : {}),
  };
  if (flags.token !== undefined && flags.token.length < 8)
    throw new UsageError('--token must be at least 8 characters');
  const source: GraphSource = flags.neo4j
    ? neo4jSource(await openNeo4jReader(typeof flags.neo4j === 'string' ? flags.neo4j : undefined))
    : embeddedSource(flags.db);
  const server = await startViewerServer(source, options);
  const open = flags.token ? `${server.url}#token=${encodeURIComponent(flags.token)}` : server.url;
  process.stdout.write(`graphwire view: ${source.description} at ${open}\n`);
  if (!['127.0.0.1', '::1'].includes(server.host) && !flags.token)
    process.stderr.write(
      'graphwire view: warning: listening beyond this machine without --token\n',
    );
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server
        .close()
        .then(() => source.close())
        .then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
