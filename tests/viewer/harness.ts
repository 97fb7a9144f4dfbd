import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { findChromium } from '../setup/chromium.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const sharedDir = process.env.GRAPHWIRE_SHARED ?? resolve(repoRoot, '../shared');
/** `$CHROMIUM_PATH`, or a Chromium on PATH (see tests/setup/chromium.ts, which `npm test` runs first). */
export const CHROMIUM = findChromium();
const bin = join(repoRoot, 'bin/graphwire.js');
const run = promisify(execFile);

/** Ingests files into a fresh store with the real CLI; returns the store folder. */
export async function ingestStore(paths: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'graphwire-viewer-'));
  const db = join(dir, 'db');
  await run(process.execPath, [bin, 'ingest', ...paths, '--db', db, '--no-progress']);
  return db;
}

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the real `graphwire view` on a free port and waits for the URL it prints. */
export async function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'view', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`graphwire view did not start: ${err}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`graphwire view exited ${code}: ${err}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

export interface BrowserHandle {
  browser: Browser;
  close(): Promise<void>;
}

/** A real headless Chromium with software WebGL and a throwaway profile. */
export async function launchBrowser(): Promise<BrowserHandle> {
  if (!CHROMIUM)
    throw new Error(
      'no Chromium found: run `npm test` (installs Debian chromium as root) or set CHROMIUM_PATH',
    );
  // playwright-core gives every launch a fresh temporary profile.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Collects page errors and CSP violations, which the tests expect to stay empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Opens the viewer and waits until the graph is drawn. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  // Not waitForFunction: it evaluates a string, which the viewer's CSP forbids.
  await page.locator('#status[data-visible-nodes]').waitFor({ timeout: 30_000 });
}

/** A served viewer open in its own 1280x800 page of headless Chromium. */
export interface ViewerSession {
  server: Served;
  chrome: BrowserHandle;
  page: Page;
  /** Page errors and console errors, as watchErrors collects them. */
  errors: string[];
}

/** Serves `graphwire view` with `args`, starts Chromium beside it and opens the viewer. */
export async function startViewer(args: string[]): Promise<ViewerSession> {
  const [server, chrome] = await Promise.all([serve(args), launchBrowser()]);
  const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await openViewer(page, server.url);
  return { server, chrome, page, errors };
}

/**
 * Fraction of the graph area's pixels for which `test`, a JavaScript
 * expression over `r`, `g` and `b`, holds. The screenshot is decoded by the
 * browser itself, so no image library is needed.
 */
export async function pixelRatio(page: Page, test: string): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  // Runs in the page (the tests' tsconfig has no DOM types, so it is a string).
  return page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], b = d[i + 2];
      if (${test}) n++;
    }
    return n / (d.length / 4);
  })()`);
}

/** Fraction of pixels in the graph area that are not the background. */
export function inkRatio(page: Page): Promise<number> {
  return pixelRatio(page, 'r < 235 || g < 235 || b < 235');
}
