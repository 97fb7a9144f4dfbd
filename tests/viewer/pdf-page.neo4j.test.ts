import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/extract/types.js';
import { makePdf } from '../helpers/documents.js';
import { clearDatabase, cli, cypher } from '../store/neo4j/helpers.js';
import { type BrowserHandle, type Served, startViewer } from './harness.js';

/**
 * A PDF ingested into Neo4j by the real command: the page of each evidence
 * sentence is stored beside it, comes back in exports, and the viewer over
 * Neo4j cites it.
 */
describe('the page of PDF evidence in Neo4j', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    await clearDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'graphwire-pdf-page-neo4j-'));
    writeFileSync(
      join(dir, 'briefing.pdf'),
      await makePdf([
        { lines: ['The mayor of Lyon spoke on Monday.'] },
        { lines: ['Talks in Geneva went on for a second day.'] },
        { lines: ['Russian forces attacked Kharkiv on Tuesday.'] },
      ]),
    );
    // The same statement from a document without pages.
    writeFileSync(join(dir, 'wire.txt'), 'Russian forces attacked Kharkiv again on Friday.\n');
    const r = await cli(['ingest', dir, '--neo4j', '--no-progress']);
    if (r.code !== 0) throw new Error(`ingest --neo4j failed: ${r.stderr}`);
    ({ server, chrome, page, errors } = await startViewer(['--neo4j']));
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('stores each evidence sentence with its page, 0 for a document without pages', async () => {
    const rows = await cypher(
      `MATCH ()-[r:ATTACKED]->(:Entity {name: 'Kharkiv'})
       UNWIND range(0, size(r.evidenceDoc) - 1) AS i
       RETURN r.evidenceDoc[i] AS doc, r.evidencePage[i] AS page ORDER BY doc`,
    );
    expect(rows).toEqual([
      { doc: 'briefing.pdf', page: 3 },
      { doc: 'wire.txt', page: 0 },
    ]);
  });

  it('gives the page back in an export of the Neo4j graph', async () => {
    const r = await cli(['export', '--from-neo4j', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout) as { edges: { attributes: { evidence: Evidence[] } }[] };
    const evidence = g.edges.flatMap((e) => e.attributes.evidence);
    expect(evidence.find((e) => e.doc === 'briefing.pdf' && /Kharkiv/.test(e.text))?.page).toBe(3);
    expect(evidence.find((e) => e.doc === 'wire.txt')).not.toHaveProperty('page');
  });

  it('names the page in the details panel of the viewer over Neo4j', async () => {
    await page.fill('#search-input', 'Kharkiv');
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    const cites = page.locator('#details-relations .relation[data-type="ATTACKED"] .evidence cite');
    await cites.first().waitFor();
    const all = await cites.allTextContents();
    expect(all).toContain('article briefing.pdf, p. 3');
    expect(all).toContain('article wire.txt');
    expect(errors).toEqual([]);
  });
});
