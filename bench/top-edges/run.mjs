#!/usr/bin/env node
// What a user trusts or stops trusting: ingests the first 5 Reuters-21578
// files (5,000 stories) through the CLI and prints the 50 best-supported
// edges (most evidence), each with its rule and one evidence sentence, for a
// person to read and count the wrong ones (issue 18: at most 3 of 50).
// Usage: node bench/top-edges/run.mjs [--top N] [--files N] [--out graph.json] [--graph graph.json]
//   --graph reads an export written earlier by --out instead of ingesting again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reutersFiles, root } from '../ingest/corpus.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const top = Number(arg('--top', '50'));

function exportGraph() {
  const given = arg('--graph');
  if (given) return readFileSync(given);
  const files = reutersFiles().slice(0, Number(arg('--files', '5')));
  const tmp = mkdtempSync(join(tmpdir(), 'graphwire-top-edges-'));
  try {
    const cli = join(root, 'bin/graphwire.js');
    const db = join(tmp, 'db');
    execFileSync(process.execPath, [cli, 'ingest', ...files, '--db', db, '--no-progress'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const json = execFileSync(process.execPath, [cli, 'export', '--db', db], {
      maxBuffer: 1 << 30,
    });
    const out = arg('--out');
    if (out) writeFileSync(out, json);
    return json;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** One line of evidence: the sentence squeezed onto one line, cut at 220 characters. */
function oneLine(text) {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 220 ? `${s.slice(0, 217)}...` : s;
}

const graph = JSON.parse(exportGraph().toString('utf8'));
const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
const edges = graph.edges
  .map((e) => ({ ...e.attributes, source: names.get(e.source), target: names.get(e.target) }))
  .sort(
    (a, b) =>
      b.count - a.count ||
      `${a.source}${a.type}${a.target}`.localeCompare(`${b.source}${b.type}${b.target}`),
  )
  .slice(0, top);
console.log(`${graph.nodes.length} nodes, ${graph.edges.length} edges`);
console.log(`\n${top} best-supported edges (evidence count, stories, rules of the kept evidence):`);
edges.forEach((e, i) => {
  const rules = [...new Set(e.evidence.map((x) => x.rule ?? '?'))].join(',');
  console.log(
    `${String(i + 1).padStart(3)}  ${e.source} ${e.type} ${e.target}  [${e.count}, ${e.docs?.length ?? '?'} stories; ${rules}]`,
  );
  // The shortest kept sentence: the statement with the least around it.
  const ev = [...e.evidence].sort((a, b) => a.text.length - b.text.length)[0];
  if (ev) console.log(`       ${ev.doc}: ${oneLine(ev.text)}`);
});
