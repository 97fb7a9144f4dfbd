import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { InvalidInputError } from '../errors.js';
import { type GraphFileFormat, readGraph } from '../export/index.js';
import { LogStore } from '../store/index.js';

interface ImportFlags {
  db: string;
  format: 'auto' | GraphFileFormat;
  neo4j?: string | boolean;
}

export function importCommand(): Command {
  return new Command('import')
    .description('bring an edited graph (json, graphml, gexf) back into the store')
    .argument('<file>', 'a graph written by graphwire export and edited elsewhere')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)')
        .choices(['auto', 'json', 'graphml', 'gexf'])
        .default('auto'),
    )
    .option(
      '--neo4j [uri]',
      'also replace the graph in Neo4j (URI, else NEO4J_URI from the environment or .env; password from NEO4J_PASSWORD)',
    )
    .addHelpText(
      'after',
      [
        '',
        'The imported graph replaces the store graph; documents ingested afterwards',
        'are merged on top of it.',
        '',
        'Examples:',
        '  graphwire import edited.gexf --db graphwire-data',
        '  graphwire import graph.graphml',
        '  graphwire import edited.graphml --neo4j bolt://127.0.0.1:7687',
      ].join('\n'),
    )
    .action(async (file: string, flags: ImportFlags) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (cause) {
        throw new InvalidInputError(
          `${file}: cannot read (${(cause as NodeJS.ErrnoException).code})`,
          { source: file, cause },
        );
      }
      const graph = readGraph(text, {
        source: file,
        ...(flags.format === 'auto' ? {} : { format: flags.format }),
      });
      const store = await LogStore.open(flags.db, { create: true, write: true });
      try {
        // Neo4j first, as ingest does: when it is unreachable nothing changes anywhere.
        if (flags.neo4j) {
          const { importGraphToNeo4j, neo4jConfig, openDriver, redactUri } = await import(
            '../store/neo4j/index.js'
          );
          const config = neo4jConfig(typeof flags.neo4j === 'string' ? { uri: flags.neo4j } : {});
          const driver = await openDriver(config);
          try {
            const r = await importGraphToNeo4j(driver, config, graph, file);
            process.stderr.write(
              `graphwire: Neo4j at ${redactUri(config.uri)} now holds the imported graph; it stands for ${r.covers} articles stored there\n`,
            );
          } finally {
            await driver.close();
          }
        }
        const imported = await store.putImported(graph.export(), file);
        process.stderr.write(
          `graphwire: imported ${graph.order} nodes and ${graph.size} relations from ${file}; ` +
            `they replace ${Object.keys(imported.covers).length} stored documents in ${flags.db}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
