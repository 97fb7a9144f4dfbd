#!/usr/bin/env node
// Takes docs/viewer.png: the viewer on the example articles, in headless Chromium.
//   node docs/screenshot.mjs [articles-dir]   (default: examples/, else tests/fixtures/viewer)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'bin/graphwire.js');
const examples = join(root, 'examples');
const articles =
  process.argv[2] ??
  (existsSync(examples) && readdirSync(examples).length > 0
    ? examples
    : join(root, 'tests/fixtures/viewer'));
const db = join(mkdtempSync(join(tmpdir(), 'graphwire-shot-')), 'db');
execFileSync(process.execPath, [bin, 'ingest', articles, '--db', db, '--no-progress']);

const server = spawn(process.execPath, [bin, 'view', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((ok) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /(http:\/\/\S+)/.exec(out);
    if (m) ok(m[1]);
  });
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 820 },
    deviceScaleFactor: 1,
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(5000); // the layout worker settles, then stops by itself
  // Open the details of the best-connected node, unless told which.
  const top = await (await fetch(`${url}api/graph?limit=1`)).json();
  const query = process.env.SHOT_SEARCH ?? top.graph.nodes[0]?.attributes.name ?? '';
  await page.fill('#search-input', query);
  await page.waitForSelector('#search-suggestions [role="option"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details-relations .relation');
  await page.waitForTimeout(800);
  await page.mouse.move(1, 300);
  const out = join(root, 'docs/viewer.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
