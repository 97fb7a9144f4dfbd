// Scores CoNLL04 sentences through the graphwire CLI (ingest into a fresh
// store, export as JSON) under the mapping of shared/benchmarks/README.md, and
// prints a score: entities, relations, each relation type, each rule.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../args.mjs';

const { scoreConll04 } = await import(join(root, 'dist/eval/index.js'));
const { sumPrf } = await import(join(root, 'dist/eval/prf.js'));

/**
 * Ingests the JSONL `input` into a store under `tmp`, exports it and scores
 * it against `sentences` (the documents' ids in `ids`). `env` is the CLI's
 * environment (GRAPHWIRE_MODEL_DIR for stand-in models). Returns the score
 * and the seconds the CLI took.
 */
export function scoreThroughCli(input, sentences, ids, tmp, env = process.env) {
  const cli = join(root, 'bin/graphwire.js');
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'ingest', input, '--db', join(tmp, 'db'), '--no-progress'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const json = execFileSync(process.execPath, [cli, 'export', '--db', join(tmp, 'db')], {
    maxBuffer: 1 << 30,
    env,
  });
  const seconds = (performance.now() - t0) / 1000;
  const graph = JSON.parse(json.toString('utf8'));
  return { score: scoreConll04(graph, sentences, ids), seconds };
}

const add = (x, y) => (x ? sumPrf([x, y]) : y);
const addAll = (xs, ys) => {
  const out = { ...xs };
  for (const [k, y] of Object.entries(ys)) out[k] = add(out[k], y);
  return out;
};

/** The sum of scores of disjoint sets of sentences (cross-validation folds): counts added, figures recomputed. */
export function sumScores(scores) {
  return scores.reduce(
    (s, x) => ({
      entities: add(s.entities, x.entities),
      relations: add(s.relations, x.relations),
      byRelation: addAll(s.byRelation, x.byRelation),
      byRule: addAll(s.byRule, x.byRule),
    }),
    { entities: undefined, relations: undefined, byRelation: {}, byRule: {} },
  );
}

/** Prints a score under its title line: totals, each relation type (most gold first), each rule (most edges first). */
export function printScore(title, s) {
  const f = (x) => x.toFixed(3);
  const line = (label, x) =>
    `${label.padEnd(12)} P ${f(x.p)}  R ${f(x.r)}  F1 ${f(x.f1)}   (${x.tp} correct, ${x.predicted} predicted, ${x.gold} gold)`;
  console.log(title);
  console.log(line('entities', s.entities));
  console.log(line('relations', s.relations));
  for (const [t, x] of Object.entries(s.byRelation)) console.log(line(`  ${t}`, x));
  console.log('precision per rule (edges it found first in a sentence):');
  const rules = Object.entries(s.byRule).sort((a, b) => b[1].predicted - a[1].predicted);
  for (const [r, x] of rules)
    console.log(`  ${r.padEnd(26)} P ${f(x.p)}   (${x.tp} correct of ${x.predicted})`);
}
