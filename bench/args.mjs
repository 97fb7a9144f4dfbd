// What every benchmark starts from: the project root, the shared data beside
// it (or $GRAPHWIRE_SHARED), and its `--name value` command-line options.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');

/** The value after `--name` on the command line, or `def` when it is absent. */
export function arg(name, def) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
}
