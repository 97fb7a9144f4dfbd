#!/usr/bin/env node
// Runs the MUC-4 dev stories (real all-capitals wire copy) through the graphwire
// CLI (ingest, export) and scores the graph with ../shared/benchmarks/muc4-dev/score.py.
// Usage: node bench/muc4/run.mjs [--lower] [-v]
// --lower reads muc4-dev-lower.jsonl (the same stories lower-cased).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, shared } from '../args.mjs';

const dir = join(shared, 'benchmarks/muc4-dev');
const lower = process.argv.includes('--lower');
const input = join(dir, lower ? 'muc4-dev-lower.jsonl' : 'muc4-dev.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'graphwire-muc4-'));
try {
  const cli = join(root, 'bin/graphwire.js');
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'ingest', input, '--db', join(tmp, 'db'), '--no-progress'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const json = execFileSync(process.execPath, [cli, 'export', '--db', join(tmp, 'db')], {
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const graphFile = join(tmp, 'graph.json');
  writeFileSync(graphFile, json);
  console.log(
    `MUC-4 dev${lower ? ' (lower-cased)' : ''}: ingest and export in ${seconds.toFixed(1)} s`,
  );
  const args = [join(dir, 'score.py'), graphFile, join(dir, 'gold'), '--docs', input];
  if (process.argv.includes('-v')) args.push('-v');
  process.stdout.write(execFileSync('python3', args, { maxBuffer: 1 << 28 }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
