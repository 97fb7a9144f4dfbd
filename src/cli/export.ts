import { Command, Option } from 'commander';
import { toJson } from '../export/index.js';
import { buildGraph } from '../graph/index.js';
import { LogStore } from '../store/index.js';
import { neo4jConfig, readGraphFromNeo4j } from '../store/neo4j/index.js';
import { writeOutput } from './output.js';

interface ExportFlags {
  db: string;
  format: string;
  out?: string;
  pretty?: boolean;
  fromNeo4j?: string | boolean;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('write the graph in a format other tools read')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--out <file>', 'output file (default: standard output)')
    .option('--pretty', 'indent JSON')
    .option('--from-neo4j [uri]', 'read the graph from Neo4j instead of the embedded store')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire export --db graphwire-data --format json --out graph.json\n  graphwire export --from-neo4j bolt://localhost:7687 --out graph.json',
    )
    .action(async (flags: ExportFlags) => {
      if (flags.fromNeo4j) {
        const uri = typeof flags.fromNeo4j === 'string' ? flags.fromNeo4j : undefined;
        const graph = await readGraphFromNeo4j(neo4jConfig(uri ? { uri } : {}));
        await writeOutput(toJson(graph, { pretty: Boolean(flags.pretty) }), flags.out);
        return;
      }
      const store = await LogStore.open(flags.db);
      try {
        const graph = buildGraph(store.extractions());
        await writeOutput(toJson(graph, { pretty: Boolean(flags.pretty) }), flags.out);
      } finally {
        await store.close();
      }
    });
}
