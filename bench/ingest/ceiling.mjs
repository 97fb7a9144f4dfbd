#!/usr/bin/env node
/**
 * bench/ingest/ceiling: how far two-way parallel extraction can go on this
 * machine at all. Runs the extractor over the whole Reuters corpus in one
 * process, then as two independent processes at once, each on half of it
 * (no messages, no shared store, nothing to coordinate), alternating over N
 * rounds (default 3). The halves alternate documents, so they are the same
 * size. The two-process ratio bounds what any two-worker design of this
 * extractor can reach here; compare bench/ingest/run.ts against it.
 *
 *   node bench/ingest/ceiling.mjs [--rounds N]
 *
 * Needs `npm run build`. Times extraction only, after reading the files.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reutersFiles, root } from './corpus.mjs';

const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const { readDocuments } = await import(join(root, 'dist/ingest/index.js'));
  const { extractBatch } = await import(join(root, 'dist/extract/batch.js'));
  // --child <part> <parts> files...: every parts-th document, from the part-th on.
  const [part, parts] = [Number(args[1]), Number(args[2])];
  const docs = [];
  let k = 0;
  for await (const item of readDocuments(args.slice(3)))
    if (item.kind === 'doc' && k++ % parts === part) docs.push(item.doc);
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 256) extractBatch(docs.slice(i, i + 256));
  process.stdout.write(
    JSON.stringify({ docs: docs.length, seconds: (performance.now() - t0) / 1000 }),
  );
  process.exit(0);
}

const files = reutersFiles();
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Math.max(1, Number(args[at + 1]) || 1) : 3;

function child(part, parts) {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [here, '--child', String(part), String(parts), ...files], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (b) => {
      out += b;
    });
    p.on('error', fail);
    p.on('exit', (code) => (code === 0 ? ok(JSON.parse(out)) : fail(new Error(`exit ${code}`))));
  });
}

const one = [];
const two = [];
for (let r = 1; r <= rounds; r++) {
  const a = await child(0, 1);
  one.push(a.seconds);
  const [b, c] = await Promise.all([child(0, 2), child(1, 2)]);
  // Both halves started together: the pair is done when the slower one is.
  const s = Math.max(b.seconds, c.seconds);
  two.push(s);
  console.log(
    `round ${r}: one process ${a.seconds.toFixed(1)} s (${a.docs} docs), ` +
      `two processes ${s.toFixed(1)} s (${b.docs} + ${c.docs} docs): ${(a.seconds / s).toFixed(2)}x`,
  );
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(
  `\ntwo independent processes / one: ${(Math.min(...one) / Math.min(...two)).toFixed(2)}x fastest runs, ` +
    `${(median(one) / median(two)).toFixed(2)}x medians, over ${rounds} rounds`,
);
