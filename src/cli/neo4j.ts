import { Command } from 'commander';
import { UsageError } from '../errors.js';
import {
  adminImport,
  applySchema,
  csvImportPlan,
  localNeo4jStatus,
  neo4jConfig,
  openDriver,
  redactUri,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../store/neo4j/index.js';

interface LocalFlags {
  port: string;
  dataDir: string;
}

function localOptions(flags: LocalFlags) {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a TCP port number, got ${JSON.stringify(flags.port)}`);
  return { port, dataDir: flags.dataDir };
}

function withLocalFlags(cmd: Command): Command {
  return cmd
    .option('--port <n>', 'Bolt port on 127.0.0.1', '7687')
    .option('--data-dir <dir>', 'database folder', '.neo4j');
}

export function neo4jCommand(): Command {
  const cmd = new Command('neo4j').description(
    'a local Neo4j (Java and Maven, no Docker) and the graph schema',
  );
  cmd.addCommand(
    withLocalFlags(new Command('start'))
      .description(
        'start a local Neo4j 5.26 Community in the background (first start downloads it); a database ingest --bulk loaded gets its schema and indexes before this returns',
      )
      .action(async (flags: LocalFlags) => {
        const password = neo4jConfig().password;
        const s = await startLocalNeo4j({
          ...localOptions(flags),
          ...(password ? { password } : {}),
        });
        process.stdout.write(`neo4j running: ${s.uri} (pid ${s.pid}, data ${s.dataDir})\n`);
      }),
  );
  cmd.addCommand(
    withLocalFlags(new Command('stop'))
      .description('stop the local Neo4j')
      .action(async (flags: LocalFlags) => {
        const stopped = await stopLocalNeo4j(localOptions(flags));
        process.stdout.write(stopped ? 'neo4j stopped\n' : 'neo4j was not running\n');
      }),
  );
  cmd.addCommand(
    withLocalFlags(new Command('status'))
      .description('is the local Neo4j running (exit 0) or not (exit 3)')
      .action(async (flags: LocalFlags) => {
        const s = await localNeo4jStatus(localOptions(flags));
        process.stdout.write(
          s.running
            ? `neo4j running: ${s.uri} (pid ${s.pid}, data ${s.dataDir})\n`
            : 'neo4j not running\n',
        );
        process.exitCode = s.running ? 0 : 3;
      }),
  );
  cmd.addCommand(
    new Command('import')
      .description(
        'load a folder of neo4j-admin CSV files (graphwire export --format csv) into the local Neo4j with the real neo4j-admin',
      )
      .argument('<csv-dir>', 'the folder export --format csv --out-dir wrote')
      .option('--data-dir <dir>', 'database folder of graphwire neo4j start', '.neo4j')
      .option('--overwrite', 'replace a database that already holds nodes')
      .addHelpText(
        'after',
        [
          '',
          'The local Neo4j of --data-dir must be stopped. Start it afterwards:',
          '  graphwire export --format csv --out-dir import/',
          '  graphwire neo4j import import/ --data-dir .neo4j',
          '  graphwire neo4j start --data-dir .neo4j',
        ].join('\n'),
      )
      .action(async (dir: string, flags: { dataDir: string; overwrite?: boolean }) => {
        const plan = await csvImportPlan(dir);
        const r = await adminImport(plan, {
          dataDir: flags.dataDir,
          overwrite: Boolean(flags.overwrite),
        });
        process.stdout.write(
          `neo4j-admin imported ${r.nodes} nodes and ${r.relationships} relationships into ${flags.dataDir} in ${r.seconds.toFixed(1)} s; start it with graphwire neo4j start --data-dir ${flags.dataDir}\n`,
        );
      }),
  );
  cmd.addCommand(
    new Command('schema')
      .description('apply cypher/schema.cypher (constraints, indexes, full-text index)')
      .option('--neo4j <uri>', 'Neo4j URI (default: NEO4J_URI from the environment or .env)')
      .action(async (flags: { neo4j?: string }) => {
        const config = neo4jConfig(flags.neo4j ? { uri: flags.neo4j } : {});
        const driver = await openDriver(config);
        try {
          const n = await applySchema(driver, config);
          process.stdout.write(`schema applied to ${redactUri(config.uri)}: ${n} statements\n`);
        } finally {
          await driver.close();
        }
      }),
  );
  for (const c of cmd.commands) c.exitOverride();
  return cmd;
}
