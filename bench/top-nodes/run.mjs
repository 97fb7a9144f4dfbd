#!/usr/bin/env node
// What a user sees first: ingests the first 5 Reuters-21578 files (5,000
// stories) through the CLI and prints the 100 most-mentioned Person and
// Organization nodes, for a person to read and judge.
// Usage: node bench/top-nodes/run.mjs [--top N] [--files N] [--out graph.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reutersFiles, root } from '../ingest/corpus.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const top = Number(arg('--top', '100'));
const files = reutersFiles().slice(0, Number(arg('--files', '5')));
const tmp = mkdtempSync(join(tmpdir(), 'graphwire-top-'));
try {
  const cli = join(root, 'bin/graphwire.js');
  const db = join(tmp, 'db');
  execFileSync(process.execPath, [cli, 'ingest', ...files, '--db', db, '--no-progress'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const json = execFileSync(process.execPath, [cli, 'export', '--db', db], { maxBuffer: 1 << 30 });
  const out = arg('--out');
  if (out) writeFileSync(out, json);
  const graph = JSON.parse(json.toString('utf8'));
  for (const type of ['Person', 'Organization']) {
    const nodes = graph.nodes
      .map((n) => n.attributes)
      .filter((a) => a.type === type)
      .map((a) => ({ name: a.name, mentions: a.mentions.length, docs: a.docs.length }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, top);
    console.log(`\n${top} most-mentioned ${type} nodes (mentions, stories):`);
    nodes.forEach((n, i) => {
      console.log(`${String(i + 1).padStart(4)}  ${n.name.padEnd(40)} ${n.mentions} ${n.docs}`);
    });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
