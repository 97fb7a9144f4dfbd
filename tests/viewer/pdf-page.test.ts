import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/documents.js';
import { type BrowserHandle, ingestStore, type Served, startViewer } from './harness.js';

/** A PDF ingested by the real command, and its evidence sentence cited with its page. */
describe('evidence from a PDF', () => {
  let server: Served;
  let chrome: BrowserHandle;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graphwire-pdf-page-'));
    const pdf = join(dir, 'war-briefing.pdf');
    writeFileSync(
      pdf,
      await makePdf([
        { lines: ['The mayor of Lyon spoke on Monday.'] },
        { lines: ['Russian forces attacked Kharkiv on Tuesday.'] },
      ]),
    );
    const db = await ingestStore([pdf]);
    ({ server, chrome, page, errors } = await startViewer(['--db', db]));
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  it('names the page the sentence is on in the details panel', async () => {
    await page.fill('#search-input', 'Kharkiv');
    await page.locator('#search-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    const attacked = page.locator('#details-relations .relation[data-type="ATTACKED"]');
    await attacked.first().waitFor();
    expect(await attacked.locator('.evidence').first().textContent()).toContain(
      'Russian forces attacked Kharkiv on Tuesday.',
    );
    expect(await attacked.locator('.evidence cite').first().textContent()).toBe(
      'article war-briefing.pdf, p. 2',
    );
    expect(errors).toEqual([]);
  });
});
