#!/usr/bin/env node
// bench/viewer: how the viewer copes with a big graph, in headless Chromium.
// Prints figures; asserts nothing.
//
//   node bench/viewer/run.mjs [--db <store>] [--limits 1500,5000,all]
//
// Without --db it ingests the whole Reuters-21578 corpus from the shared
// folder into bench/out/reuters-db (once; reused afterwards).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = join(root, 'bin/graphwire.js');
const shared = process.env.GRAPHWIRE_SHARED ?? resolve(root, '../shared');
const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    limits: { type: 'string', default: '1500,5000,all' },
    seconds: { type: 'string', default: '4' },
  },
});

let db = args.db;
if (!db) {
  db = join(root, 'bench/out/reuters-db');
  if (!existsSync(join(db, 'docs.log'))) {
    mkdirSync(join(root, 'bench/out'), { recursive: true });
    console.log('ingesting the Reuters-21578 corpus (once)...');
    const t = performance.now();
    execFileSync(
      process.execPath,
      [bin, 'ingest', join(shared, 'corpora/reuters21578'), '--db', db, '--no-progress'],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    console.log(`  ingested in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
}

/**
 * Moves the timeline's start through the range 10 times. Per move: the input
 * handler (the filter, sigma's refresh through the reducers, the status line),
 * and the time until the next frame is on screen.
 */
const TIMELINE = `(async () => {
  if (document.getElementById('timeline').hidden) return null;
  const from = document.getElementById('time-from');
  const min = Number(from.min), max = Number(from.max), handler = [], frame = [];
  for (let i = 1; i <= 10; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    from.value = String(min + Math.floor(((max - min) * i) / 12));
    from.dispatchEvent(new Event('input'));
    handler.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(r));
    frame.push(performance.now() - t0);
  }
  from.value = String(min);
  from.dispatchEvent(new Event('input'));
  const median = (xs) => xs.sort((a, b) => a - b)[5];
  return { handler: median(handler), frame: median(frame), worst: Math.max(...frame) };
})()`;

const serverStart = performance.now();
const server = spawn(process.execPath, [bin, 'view', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /(http:\/\/\S+)/.exec(out);
    if (m) ok(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`graphwire view exited ${code}`)));
});
const serverReady = performance.now() - serverStart;
const info = await (await fetch(`${url}api/info`)).json();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--no-first-run',
    '--disable-background-networking',
  ],
});

/** Frames per second the page draws for `ms`, counted with requestAnimationFrame. */
const FPS = (ms) => `new Promise((ok) => {
  let frames = 0; let worst = 0; let last = performance.now(); const t0 = last;
  const tick = (now) => {
    frames++; worst = Math.max(worst, now - last); last = now;
    if (now - t0 < ${ms}) requestAnimationFrame(tick); else ok({ fps: frames * 1000 / (now - t0), worst });
  };
  requestAnimationFrame(tick);
})`;

const rows = [];
let blankFps = 0;
try {
  // Baseline: what this browser on this machine draws with nothing to draw.
  const blank = await browser.newPage();
  await blank.goto('data:text/html,<p>baseline</p>');
  blankFps = (await blank.evaluate(FPS(2000))).fps;
  await blank.close();
  for (const limit of args.limits.split(',')) {
    const n = limit === 'all' ? info.nodes : Number(limit);
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const apiT = performance.now();
    const res = await fetch(`${url}api/graph?limit=${n}`);
    const bytes = (await res.arrayBuffer()).byteLength;
    const apiMs = performance.now() - apiT;
    await page.goto(`${url}?limit=${n}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await page.waitForFunction("performance.getEntriesByName('graphwire:first-frame').length > 0");
    const firstFrame = await page.evaluate(
      "performance.getEntriesByName('graphwire:first-frame')[0].startTime",
    );
    const shown = await page.evaluate(
      "[Number(document.getElementById('status').dataset.visibleNodes), Number(document.getElementById('status').dataset.visibleEdges)]",
    );
    const ms = Number(args.seconds) * 1000;
    // The layout worker runs right after loading: the page must keep drawing.
    const layout = await page.evaluate(FPS(ms));
    // Then hover: sweep the mouse across the graph while counting frames.
    if ((await page.textContent('#layout-toggle')) === 'Stop layout')
      await page.click('#layout-toggle');
    await page.waitForTimeout(300);
    // Idle: nothing changes, so sigma draws nothing; this is the page's ceiling here.
    const idle = await page.evaluate(FPS(Math.min(ms, 2000)));
    const box = await page.locator('#graph').boundingBox();
    const fpsPromise = page.evaluate(FPS(ms));
    const sweepEnd = Date.now() + ms - 200;
    for (let i = 0; Date.now() < sweepEnd; i++) {
      const f = (i % 50) / 50;
      await page.mouse.move(
        box.x + box.width * (0.2 + 0.6 * f),
        box.y + box.height * (0.3 + (0.4 * ((i * 7) % 50)) / 50),
      );
    }
    const hover = await fpsPromise;
    // Timeline: one slider move (an input event) until the frame after it is drawn.
    const timeline = await page.evaluate(TIMELINE);
    // Search: typing to the first suggestion.
    const s0 = performance.now();
    await page.fill('#search-input', 'Reagan');
    await page.waitForSelector('#search-suggestions [role="option"]', { timeout: 30_000 });
    const searchMs = performance.now() - s0;
    const d0 = performance.now();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations', { timeout: 30_000 });
    const detailsMs = performance.now() - d0;
    rows.push({
      nodes: shown[0],
      edges: shown[1],
      'api KB': Math.round(bytes / 1024),
      'api ms': Math.round(apiMs),
      'first frame ms': Math.round(firstFrame),
      'fps layout': Number(layout.fps.toFixed(1)),
      'worst frame ms (layout)': Math.round(layout.worst),
      'fps idle': Number(idle.fps.toFixed(1)),
      'fps hover': Number(hover.fps.toFixed(1)),
      'timeline handler ms': timeline ? Math.round(timeline.handler) : '-',
      'timeline to frame ms': timeline ? Math.round(timeline.frame) : '-',
      'timeline worst ms': timeline ? Math.round(timeline.worst) : '-',
      'search ms': Math.round(searchMs),
      'details ms': Math.round(detailsMs),
    });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

console.log(`\nbench/viewer: ${info.source}: ${info.nodes} nodes, ${info.edges} relations`);
console.log(`server ready (store read, graph built, indexed): ${Math.round(serverReady)} ms`);
console.table(rows);
console.log(
  `Chromium headless, software WebGL (SwiftShader); a blank page runs at ${blankFps.toFixed(0)} fps here.`,
);
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' ',
    )}: with software WebGL on a busy machine, frame rates are bounded by the GPU process, not the page.`,
);
