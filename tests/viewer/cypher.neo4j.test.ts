import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, cli, counts } from '../store/neo4j/helpers.js';
import { type BrowserHandle, type Served, sharedDir, startViewer } from './harness.js';

const seed = `${sharedDir}/articles/000_41ad68afa81ca405.txt`;

/** The Cypher box against the real Neo4j of the global setup (NEO4J_* in the environment). */
describe('graphwire view --neo4j: the Cypher box', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    await clearDatabase();
    const r = await cli(['ingest', seed, '--neo4j', '--no-progress']);
    if (r.code !== 0) throw new Error(`ingest --neo4j failed: ${r.stderr}`);
    ({ server, chrome, page, errors } = await startViewer(['--neo4j']));
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('draws the nodes and relationships of the paths a read query returns', async () => {
    await page.locator('#cypher').waitFor();
    await page.fill('#cypher-input', 'MATCH p=(a)-[:KILLED]->(b) RETURN p');
    await page.click('#cypher-run');
    await expect
      .poll(() => page.textContent('#cypher-status'), { timeout: 60_000 })
      .toMatch(/\d+ row/);
    await expect.poll(() => page.textContent('#status')).toContain('Cypher result');
    expect(
      Number(await page.locator('#status').getAttribute('data-visible-edges')),
    ).toBeGreaterThan(0);
    expect(await page.locator('#relation-filters input[data-filter="KILLED"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('refuses a write query and the database stays as it was', async () => {
    const before = await counts();
    await page.fill('#cypher-input', 'MATCH (n) DETACH DELETE n');
    await page.click('#cypher-run');
    await expect
      .poll(() => page.textContent('#cypher-status'), { timeout: 60_000 })
      .toMatch(/read-only/);
    expect(await counts()).toEqual(before);
  });
});
