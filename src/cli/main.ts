import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isGraphwireError } from '../errors.js';
import { evalCommand } from './eval.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { ingestCommand } from './ingest.js';
import { neo4jCommand } from './neo4j.js';
import { parseCommand } from './parse.js';
import { queryCommand } from './query.js';
import { viewCommand } from './view.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

/** Builds the command tree. Each subcommand lives in its own file and calls library functions. */
export function program(): Command {
  const cli = new Command('graphwire')
    .description(pkg.description)
    .version(pkg.version, '-v, --version')
    .showHelpAfterError('(run graphwire --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cli.addCommand(ingestCommand());
  cli.addCommand(exportCommand());
  cli.addCommand(importCommand());
  cli.addCommand(queryCommand());
  cli.addCommand(viewCommand());
  cli.addCommand(neo4jCommand());
  cli.addCommand(evalCommand());
  cli.addCommand(parseCommand());
  cli.addCommand(explainCommand());
  for (const c of cli.commands) c.exitOverride();
  return cli;
}

/** Runs the CLI and returns the exit code: 0 success, 1 usage or input, 2 environment. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0;
      return 1;
    }
    if (isGraphwireError(err)) {
      process.stderr.write(`graphwire: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
