import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { InvalidInputError, UsageError } from '../errors.js';
import { neo4jConfig, runQuery } from '../store/neo4j/index.js';
import { formatRows, type RowFormat } from './format-rows.js';
import { writeOutput } from './output.js';

interface QueryFlags {
  param: string[];
  format: RowFormat;
  file?: string;
  write?: boolean;
  neo4j?: string;
  out?: string;
}

/** `k=v`: the value as JSON when it parses (numbers, lists), else as a string. */
export function parseParam(raw: string): [string, unknown] {
  const eq = raw.indexOf('=');
  if (eq < 1) throw new UsageError(`--param must be name=value, got ${JSON.stringify(raw)}`);
  const name = raw.slice(0, eq);
  const value = raw.slice(eq + 1);
  try {
    return [name, JSON.parse(value)];
  } catch {
    return [name, value];
  }
}

/**
 * Defaults a saved query declares in its header, one per line:
 * `// @param name=value` (value parsed like --param).
 */
export function declaredParams(cypher: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of cypher.matchAll(/^\s*\/\/\s*@param\s+(\S+?=.*)$/gm)) {
    const [k, v] = parseParam((m[1] as string).trim());
    out[k] = v;
  }
  return out;
}

export function queryCommand(): Command {
  return new Command('query')
    .description('run a Cypher query against Neo4j (read-only unless --write)')
    .argument('[cypher]', 'the query (or use --file)')
    .option(
      '--file <path>',
      'read the query from a file, e.g. cypher/queries/who-killed-whom.cypher',
    )
    .option(
      '--param <k=v>',
      'query parameter (repeatable); JSON values are parsed',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('--write', 'allow queries that write to the graph')
    .option('--neo4j <uri>', 'Neo4j URI (default: NEO4J_URI from the environment or .env)')
    .option('--out <file>', 'output file (default: standard output)')
    .addHelpText(
      'after',
      `\nExamples:\n  graphwire query "MATCH (a)-[:KILLED]->(b) RETURN a.name, b.name"\n  graphwire query --file cypher/queries/entity-evidence.cypher --param name=Iran --format json`,
    )
    .action(async (cypher: string | undefined, flags: QueryFlags) => {
      if (Boolean(cypher) === Boolean(flags.file))
        throw new UsageError('give either a Cypher query or --file <path>');
      let text = cypher ?? '';
      if (flags.file) {
        try {
          text = await readFile(flags.file, 'utf8');
        } catch (cause) {
          throw new InvalidInputError(
            `${flags.file}: cannot read (${(cause as NodeJS.ErrnoException).code})`,
            { source: flags.file, cause },
          );
        }
      }
      const params = {
        ...declaredParams(text),
        ...Object.fromEntries(flags.param.map(parseParam)),
      };
      const config = neo4jConfig(flags.neo4j ? { uri: flags.neo4j } : {});
      const result = await runQuery(config, text, params, { write: Boolean(flags.write) });
      await writeOutput(formatRows(result.columns, result.rows, flags.format), flags.out);
    });
}
