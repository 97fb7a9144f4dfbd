import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  ingestStore,
  launchBrowser,
  openViewer,
  repoRoot,
  type Served,
  serve,
  watchErrors,
} from './harness.js';

/** Big graphs are served best-connected first; search and focus fetch the rest. */
describe('graphwire view --limit', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;

  beforeAll(async () => {
    const db = await ingestStore([join(repoRoot, 'tests/fixtures/viewer')]);
    [server, chrome] = await Promise.all([serve(['--db', db, '--limit', '2']), launchBrowser()]);
    page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openViewer(page, server.url);
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('draws only the best-connected nodes first and says so', async () => {
    expect(await page.locator('#status').getAttribute('data-visible-nodes')).toBe('2');
    expect(await page.textContent('#status')).toMatch(/2 best-connected of \d+ loaded/);
  });

  it('search reaches a node that is not drawn yet and brings it in', async () => {
    const info = (await (await fetch(`${server.url}api/info`)).json()) as { nodes: number };
    const all = (await (await fetch(`${server.url}api/graph?limit=${info.nodes}`)).json()) as {
      graph: { nodes: { attributes: { name: string } }[] };
    };
    const last = all.graph.nodes.at(-1)?.attributes.name as string;
    await page.fill('#search-input', last);
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    const errors = watchErrors(page);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-name');
    await expect.poll(() => page.textContent('#details-name')).toBe(last);
    expect(
      Number(await page.locator('#status').getAttribute('data-visible-nodes')),
    ).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });
});
