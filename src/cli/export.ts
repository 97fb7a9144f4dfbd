import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { toCypherScript, toGexf, toGraphml, toJson, toNeo4jCsv } from '../export/index.js';
import { FILTER_DEFAULTS, filterGraph, type KnowledgeGraph } from '../graph/index.js';
import { LogStore, loadGraph } from '../store/index.js';
import { writeOutput } from './output.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportFlags {
  db: string;
  format: ExportFormat;
  out?: string;
  outDir?: string;
  pretty?: boolean;
  fromNeo4j?: string | boolean;
  since?: string;
  until?: string;
  near?: string;
  withinKm?: string;
}

async function readGraph(flags: ExportFlags): Promise<KnowledgeGraph> {
  if (flags.fromNeo4j) {
    // The driver is loaded only by the commands that talk to Neo4j.
    const { neo4jConfig, openDriver, readExportedGraph, readGraphFromNeo4j } = await import(
      '../store/neo4j/index.js'
    );
    const uri = typeof flags.fromNeo4j === 'string' ? flags.fromNeo4j : undefined;
    const config = neo4jConfig(uri ? { uri } : {});
    const graph = await readGraphFromNeo4j(config);
    if (graph.order > 0) return graph;
    // No articles: maybe a database loaded from graphwire's Cypher script or CSV.
    const driver = await openDriver(config);
    try {
      return await readExportedGraph(driver, config.database ? { database: config.database } : {});
    } finally {
      await driver.close();
    }
  }
  const store = await LogStore.open(flags.db);
  try {
    return await loadGraph(store);
  } finally {
    await store.close();
  }
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write the graph in a format other tools read')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .addOption(
      new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'),
    )
    .option('--out <file>', 'output file (default: standard output)')
    .option('--out-dir <dir>', 'folder for the csv files (csv only)')
    .option('--pretty', 'indent JSON')
    .option('--from-neo4j [uri]', 'read the graph from Neo4j instead of the embedded store')
    .option(
      '--since <date>',
      'only events dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)',
    )
    .option('--until <date>', 'only events dated on or before this day')
    .option('--near <place>', 'only what happened near a Location (its name, or "lat,lon")')
    .option(
      '--within-km <km>',
      'radius for --near, in kilometres',
      String(FILTER_DEFAULTS.withinKm),
    )
    .addHelpText(
      'after',
      [
        '',
        'Neo4j: the URI from --from-neo4j, else $NEO4J_URI (or .env), else bolt://127.0.0.1:7687;',
        '$NEO4J_USERNAME, $NEO4J_PASSWORD and $NEO4J_DATABASE. A database loaded from the csv',
        'or cypher export (no articles) is read too.',
        '',
        'Examples:',
        '  graphwire export --format json --out graph.json',
        '  graphwire export --format graphml --out graph.graphml      # yEd, Cytoscape, networkx',
        '  graphwire export --format gexf --out graph.gexf            # Gephi',
        '  graphwire export --format csv --out-dir import/            # neo4j-admin; prints the command',
        '  graphwire export --format cypher --out graph.cypher        # cypher-shell -f graph.cypher',
        '  graphwire export --from-neo4j --format gexf --out graph.gexf',
        '  graphwire export --since 2020-01-01 --until 2020-01-31 --format gexf --out january.gexf',
        '  graphwire export --near Baghdad --within-km 50 --format graphml --out baghdad.graphml',
      ].join('\n'),
    )
    .action(async (flags: ExportFlags) => {
      if (flags.format === 'csv' && !flags.outDir)
        throw new UsageError('--format csv writes several files: pass --out-dir <dir>');
      if (flags.format !== 'csv' && flags.outDir)
        throw new UsageError('--out-dir is for --format csv; use --out <file>');
      const km = Number(flags.withinKm);
      if (!Number.isFinite(km) || km < 0)
        throw new UsageError(`--within-km ${flags.withinKm}: expected a distance in kilometres`);
      const filters = { since: flags.since, until: flags.until, near: flags.near, withinKm: km };
      const graph = filterGraph(await readGraph(flags), filters);
      if (flags.format === 'csv') {
        const dir = resolve(flags.outDir as string);
        await mkdir(dir, { recursive: true });
        const csv = toNeo4jCsv(graph, { dir });
        for (const [name, content] of Object.entries(csv.files))
          await writeOutput(content, join(dir, name));
        process.stderr.write(
          `graphwire: wrote ${Object.keys(csv.files).length} files to ${dir}; import them with:\n`,
        );
        process.stdout.write(`${csv.command}\n`);
        return;
      }
      const text = render(graph, flags.format, Boolean(flags.pretty));
      await writeOutput(text, flags.out);
    });
}

function render(graph: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>, pretty: boolean) {
  switch (format) {
    case 'json':
      return toJson(graph, { pretty });
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return toGexf(graph);
    case 'cypher':
      return toCypherScript(graph);
  }
}
