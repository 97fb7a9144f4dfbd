// The Reuters-21578 files the ingest benchmarks read, in order, from
// ../shared (or $GRAPHWIRE_SHARED) beside the project.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
export const corpus = join(shared, 'corpora/reuters21578');

/** The corpus's .sgm files, sorted. */
export function reutersFiles() {
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.sgm'))
    .sort()
    .map((f) => join(corpus, f));
}
