import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  ingestStore,
  launchBrowser,
  openViewer,
  repoRoot,
  type Served,
  serve,
} from './harness.js';

describe('graphwire view --token', () => {
  let server: Served;
  let chrome: BrowserHandle;

  beforeAll(async () => {
    const db = await ingestStore([join(repoRoot, 'tests/fixtures/viewer')]);
    [server, chrome] = await Promise.all([
      serve(['--db', db, '--token', 'correct-horse-battery']),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('prints a URL that carries the token after #, and the page works with it', async () => {
    expect(server.url).toMatch(/#token=correct-horse-battery$/);
    const page = await chrome.browser.newPage();
    await openViewer(page, server.url);
    expect(
      Number(await page.locator('#status').getAttribute('data-visible-nodes')),
    ).toBeGreaterThan(0);
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token');
    await page.close();
  });

  it('answers the API only with the token', async () => {
    const base = server.url.replace(/#.*$/, '');
    expect((await fetch(`${base}api/graph`)).status).toBe(401);
    const ok = await fetch(`${base}api/graph`, {
      headers: { Authorization: 'Bearer correct-horse-battery' },
    });
    expect(ok.status).toBe(200);
  });

  it('without the token the page says it cannot load the graph', async () => {
    const page = await chrome.browser.newPage();
    await page.goto(server.url.replace(/#.*$/, ''));
    await expect.poll(() => page.textContent('#status')).toMatch(/needs a token/);
    await page.close();
  });
});
