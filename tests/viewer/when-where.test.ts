import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  ingestStore,
  inkRatio,
  type Served,
  sharedDir,
  startViewer,
} from './harness.js';

const seed = join(sharedDir, 'articles/000_41ad68afa81ca405.txt');
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Moves a range input the way a drag does: a value, then an input event. */
async function slide(page: Page, id: string, value: number): Promise<void> {
  await page.locator(id).evaluate((e, v) => {
    const input = e as unknown as { value: string; dispatchEvent(ev: Event): boolean };
    input.value = String(v);
    input.dispatchEvent(new Event('input'));
  }, value);
}

async function visible(page: Page): Promise<{ nodes: number; edges: number }> {
  const status = page.locator('#status');
  return {
    nodes: Number(await status.getAttribute('data-visible-nodes')),
    edges: Number(await status.getAttribute('data-visible-edges')),
  };
}

describe('viewer timeline and map on the seed article', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const db = await ingestStore([seed]);
    ({ server, chrome, page, errors } = await startViewer(['--db', db]));
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('shows a timeline whose slider hides the edges dated outside it, then their orphaned nodes', async () => {
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    const all = await visible(page);
    expect(all.edges).toBeGreaterThan(10);
    // What the server says is dated in 2012 (the Damascus bombing sentence).
    const api = async (q: string) => {
      const r = await fetch(`${server.url}api/graph?limit=1000&${q}`);
      return (await r.json()) as { graph: { nodes: unknown[]; edges: unknown[] } };
    };
    const in2012 = await api('since=2012-01-01&until=2012-12-31');
    expect(in2012.graph.edges.length).toBeGreaterThan(0);
    await slide(page, '#time-from', day('2012-01-01'));
    await slide(page, '#time-to', day('2012-12-31'));
    expect(await visible(page)).toEqual({
      nodes: in2012.graph.nodes.length,
      edges: in2012.graph.edges.length,
    });
    expect(await page.textContent('#time-label')).toContain('2012-01-01');
    // The week before the article: the attack on the contractor, and nothing of 2012.
    const lastWeek = await api('since=2019-12-23&until=2019-12-29');
    await slide(page, '#time-from', day('2019-12-23'));
    await slide(page, '#time-to', day('2019-12-29'));
    expect((await visible(page)).edges).toBe(lastWeek.graph.edges.length);
    await page.click('#time-all');
    expect(await visible(page)).toEqual(all);
    expect(errors).toEqual([]);
  });

  it('switches to a map of the places and back, keeping the selection', async () => {
    await page.fill('#search-input', 'Baghdad');
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations .relation');
    const name = await page.textContent('#details-name');
    expect(name).toContain('Baghdad');
    const graphInk = await inkRatio(page);
    await page.click('#map-toggle');
    expect(await page.getAttribute('body', 'data-mode')).toBe('map');
    expect(await page.getAttribute('#map-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    // The land outline is drawn: far more ink than the graph alone.
    expect(await inkRatio(page)).toBeGreaterThan(Math.max(0.05, graphInk));
    const onMap = await visible(page);
    expect(onMap.nodes).toBeGreaterThan(5);
    expect(onMap.nodes).toBeLessThanOrEqual((await visible(page)).nodes);
    expect(await page.textContent('#details-name')).toBe(name);
    await page.click('#map-toggle');
    expect(await page.getAttribute('body', 'data-mode')).toBe('graph');
    expect(await page.textContent('#details-name')).toBe(name);
    expect(errors).toEqual([]);
  });
});
