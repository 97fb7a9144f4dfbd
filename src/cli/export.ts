import { Command, Option } from 'commander';
import { toJson } from '../export/index.js';
import { buildGraph } from '../graph/index.js';
import { LogStore } from '../store/index.js';
import { writeOutput } from './output.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('write the graph in a format other tools read')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--out <file>', 'output file (default: standard output)')
    .option('--pretty', 'indent JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  graphwire export --db graphwire-data --format json --out graph.json',
    )
    .action(async (flags: { db: string; format: string; out?: string; pretty?: boolean }) => {
      const store = await LogStore.open(flags.db);
      try {
        const graph = buildGraph(store.extractions());
        await writeOutput(toJson(graph, { pretty: Boolean(flags.pretty) }), flags.out);
      } finally {
        await store.close();
      }
    });
}
