// Reads one CoNLL04 split from ../shared: the annotated sentences (JSON) and
// the same sentences as documents (JSONL), in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shared } from '../args.mjs';

export function readSplit(split) {
  const dir = join(shared, 'benchmarks/conll04');
  const sentences = JSON.parse(readFileSync(join(dir, `conll04_${split}.json`), 'utf8'));
  const docs = readFileSync(join(dir, `conll04_${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  return { sentences, docs };
}
