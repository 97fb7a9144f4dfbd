import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { type GoldFile, type Score, scoreGraph, sumPrf } from '../eval/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { LogStore, loadGraph } from '../store/index.js';

const pct = (x: number) => x.toFixed(3);

function line(label: string, s: { p: number; r: number; f1: number }): string {
  return `${label.padEnd(10)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}`;
}

function report(s: Score, verbose: boolean): string {
  const out = [`# ${s.doc}`, line('entities', s.entities), line('relations', s.relations)];
  if (verbose) {
    for (const m of s.entities.misses) out.push(`  entity miss: ${m}`);
    for (const m of s.entities.falsePositives) out.push(`  entity false positive: ${m}`);
    for (const m of s.relations.misses) out.push(`  relation miss: ${m}`);
    for (const m of s.relations.falsePositives) out.push(`  relation false positive: ${m}`);
  }
  for (const [title, table] of [
    ['type', s.relations.byType],
    ['rule', s.relations.byRule],
  ] as const)
    for (const [k, x] of Object.entries(table).sort((a, b) => b[1].predicted - a[1].predicted))
      out.push(
        `  ${title} ${k.padEnd(24)} P ${pct(x.predicted ? x.correct / x.predicted : 0)}  (${x.correct} of ${x.predicted})`,
      );
  return out.join('\n');
}

export function evalCommand(): Command {
  return new Command('eval')
    .description('score the stored graph against gold annotation files')
    .argument('<gold...>', 'gold JSON files (format of shared/gold/README.md)')
    .option('--db <dir>', 'embedded store folder', 'graphwire-data')
    .option('--json', 'print the scores as JSON')
    .option('--quiet', 'figures only, without misses and false positives')
    .addHelpText('after', '\nExamples:\n  graphwire eval --db graphwire-data gold/*.gold.json')
    .action(async (files: string[], flags: { db: string; json?: boolean; quiet?: boolean }) => {
      const golds: GoldFile[] = [];
      for (const f of files) {
        try {
          golds.push(JSON.parse(await readFile(f, 'utf8')) as GoldFile);
        } catch (cause) {
          throw new InvalidInputError(`cannot read gold file ${f}: expected JSON`, {
            source: f,
            cause,
          });
        }
      }
      const store = await LogStore.open(flags.db);
      let graph: ReturnType<KnowledgeGraph['export']>;
      try {
        graph = (await loadGraph(store)).export();
      } finally {
        await store.close();
      }
      const scores = golds.map((g) => scoreGraph(graph, g));
      const total = {
        entities: sumPrf(scores.map((s) => s.entities)),
        relations: sumPrf(scores.map((s) => s.relations)),
      };
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ files: scores, total }, null, 2)}\n`);
        return;
      }
      const parts = scores.map((s) => report(s, !flags.quiet));
      if (scores.length > 1)
        parts.push(
          ['# total', line('entities', total.entities), line('relations', total.relations)].join(
            '\n',
          ),
        );
      process.stdout.write(`${parts.join('\n\n')}\n`);
    });
}
