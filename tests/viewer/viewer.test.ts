import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  ingestStore,
  inkRatio,
  repoRoot,
  type Served,
  sharedDir,
  startViewer,
} from './harness.js';

const seed = join(sharedDir, 'articles/000_41ad68afa81ca405.txt');

describe('viewer in headless Chromium on the seed article', () => {
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

  it('draws the graph: the canvas is not blank', async () => {
    await page.waitForTimeout(500);
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    expect(errors).toEqual([]);
  });

  it('searching "Soleimani" opens a panel with a KILLED relation and its evidence sentence', async () => {
    await page.fill('#search-input', 'Soleimani');
    const first = page.locator('#search-suggestions [role="option"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Soleimani');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations .relation');
    expect(await page.textContent('#details-name')).toContain('Soleimani');
    const killed = page.locator('#details-relations .relation[data-type="KILLED"]').first();
    expect(await killed.count()).toBe(1);
    // The evidence is a sentence of the article itself, followed by the article's id.
    const quote =
      (await killed
        .locator('.evidence')
        .first()
        .evaluate((e) => e.firstChild?.textContent)) ?? '';
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(quote.length).toBeGreaterThan(20);
    expect(squash(await readFile(seed, 'utf8'))).toContain(squash(quote));
    expect(await killed.locator('.evidence cite').first().textContent()).toMatch(/article \S+/);
  });

  it('unticking a node type hides exactly the nodes of that type', async () => {
    const count = async () =>
      Number(await page.locator('#status').getAttribute('data-visible-nodes'));
    const before = await count();
    const persons = Number(
      await page.locator('#legend li[data-type="Person"] .muted').textContent(),
    );
    expect(persons).toBeGreaterThan(0);
    await page.locator('#type-filters input[data-filter="Person"]').uncheck();
    expect(await count()).toBe(before - persons);
    // The exported view holds what is shown: no Person left.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-json'),
    ]);
    const text = await streamText(await download.createReadStream());
    const view = JSON.parse(text) as { nodes: { attributes: { type: string } }[] };
    expect(view.nodes.length).toBe(before - persons);
    expect(view.nodes.some((n) => n.attributes.type === 'Person')).toBe(false);
    await page.locator('#type-filters input[data-filter="Person"]').check();
    expect(await count()).toBe(before);
  });

  it('unticking a relation type hides those edges', async () => {
    const edges = async () =>
      Number(await page.locator('#status').getAttribute('data-visible-edges'));
    const before = await edges();
    await page.locator('#relation-filters input[data-filter="KILLED"]').uncheck();
    const after = await edges();
    expect(after).toBeLessThan(before);
    await page.locator('#relation-filters input[data-filter="KILLED"]').check();
    expect(await edges()).toBe(before);
  });

  it('focus mode shows only the neighbourhood of a node, and leaving it shows all again', async () => {
    const nodes = async () =>
      Number(await page.locator('#status').getAttribute('data-visible-nodes'));
    const all = await nodes();
    await page.fill('#search-input', 'Soleimani');
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations .relation');
    const degree = await page.locator('#details-relations .relation').count();
    await page.click('#focus-button');
    await expect.poll(() => page.textContent('#status')).toContain('focus mode');
    const focused = await nodes();
    expect(focused).toBeGreaterThan(1);
    expect(focused).toBeLessThanOrEqual(degree + 1);
    expect(focused).toBeLessThan(all);
    await page.click('#details-close');
    // The background: the bottom-left corner of the graph area (the timeline is below it).
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.click(5 + (box?.x ?? 0), (box?.y ?? 0) + (box?.height ?? 790) - 5);
    await expect.poll(() => page.textContent('#status')).not.toContain('focus mode');
    expect(await nodes()).toBe(all);
  });

  it('colours by Louvain community on demand', async () => {
    await page.selectOption('#color-mode', 'community');
    expect(await page.locator('#legend').textContent()).toMatch(/\d+ Louvain communities/);
    await page.selectOption('#color-mode', 'type');
    expect(await page.locator('#legend li[data-type="Person"]').count()).toBe(1);
  });

  it('sizes nodes by PageRank on demand', async () => {
    await page.selectOption('#size-mode', 'pagerank');
    await page.waitForTimeout(200);
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    await page.selectOption('#size-mode', 'degree');
    expect(errors).toEqual([]);
  });

  it('starts and stops the layout', async () => {
    const label = () => page.textContent('#layout-toggle');
    // The layout runs by itself for a few seconds after loading: let that run end first,
    // or it may stop between a click and the check.
    await page.locator('#layout-toggle[aria-pressed="false"]').waitFor({ timeout: 30_000 });
    await page.click('#layout-toggle');
    expect(await label()).toBe('Stop layout');
    await page.click('#layout-toggle');
    expect(await label()).toBe('Start layout');
  });

  it('exports the view as a PNG image', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-png'),
    ]);
    const png = await streamBytes(await download.createReadStream());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(2_000);
  });

  it('a GEXF file exported from the view and dropped on the page shows the same graph', async () => {
    const nodes = async () =>
      Number(await page.locator('#status').getAttribute('data-visible-nodes'));
    const shown = await nodes();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-gexf'),
    ]);
    const gexf = (await streamBytes(await download.createReadStream())).toString('utf8');
    expect(gexf).toContain('<gexf');
    const dataTransfer = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(gexf)}], 'view.gexf', { type: 'application/xml' })); return dt; })()`,
    );
    await page.dispatchEvent('#graph', 'drop', { dataTransfer });
    await expect.poll(() => page.textContent('#status')).toContain('view.gexf');
    await expect.poll(nodes).toBe(shown);
    // The dropped file holds the evidence: details come from it, no server needed.
    await page.fill('#search-input', 'Soleimani');
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-relations .relation[data-type="KILLED"] .evidence');
    expect(await nodes()).toBe(shown);
  });

  it('opens a GraphML file chosen with "Open file…"', async () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="rel" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="name">Ada Vance</data><data key="type">Person</data></node>
    <node id="b"><data key="name">Harbor Union</data><data key="type">Organization</data></node>
    <node id="c"><data key="name">Kessel</data><data key="type">Location</data></node>
    <edge source="a" target="b"><data key="rel">LEADS</data></edge>
  </graph>
</graphml>`;
    await page.setInputFiles('#file-input', {
      name: 'small.graphml',
      mimeType: 'application/xml',
      buffer: Buffer.from(graphml),
    });
    await expect.poll(() => page.textContent('#status')).toContain('small.graphml');
    expect(await page.locator('#status').getAttribute('data-visible-nodes')).toBe('3');
    expect(await page.locator('#relation-filters input[data-filter="LEADS"]').count()).toBe(1);
    expect(await page.locator('#legend li[data-type="Location"]').count()).toBe(1);
  });

  it('serves every page with a CSP that forbids inline script', async () => {
    const res = await fetch(server.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString('utf8');
}

void repoRoot;
